// Original file: proto/modelserve/monitoring.proto

import type { AlertRule as _modelserve_batch_v1_AlertRule, AlertRule__Output as _modelserve_batch_v1_AlertRule__Output } from '../../../modelserve/batch/v1/AlertRule';

export interface ListAlertRulesResponse {
  'rules'?: (_modelserve_batch_v1_AlertRule)[];
}

export interface ListAlertRulesResponse__Output {
  'rules': (_modelserve_batch_v1_AlertRule__Output)[];
}
