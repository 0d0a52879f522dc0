// Original file: proto/modelserve/monitoring.proto

import type { AlertRuleSpec as _modelserve_batch_v1_AlertRuleSpec, AlertRuleSpec__Output as _modelserve_batch_v1_AlertRuleSpec__Output } from '../../../modelserve/batch/v1/AlertRuleSpec';

export interface AlertRule {
  'spec'?: (_modelserve_batch_v1_AlertRuleSpec | null);
  'state'?: (string);
  'value'?: (number | string);
  'evaluatedAt'?: (string);
  'since'?: (string);
  'createdAt'?: (string);
  '_value'?: "value";
}

export interface AlertRule__Output {
  'spec': (_modelserve_batch_v1_AlertRuleSpec__Output | null);
  'state': (string);
  'value'?: (number);
  'evaluatedAt': (string);
  'since': (string);
  'createdAt': (string);
  '_value'?: "value";
}
