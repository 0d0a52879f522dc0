// Original file: proto/modelserve/monitoring.proto

import type { AlertEvent as _modelserve_batch_v1_AlertEvent, AlertEvent__Output as _modelserve_batch_v1_AlertEvent__Output } from '../../../modelserve/batch/v1/AlertEvent';

export interface ListAlertEventsResponse {
  'events'?: (_modelserve_batch_v1_AlertEvent)[];
}

export interface ListAlertEventsResponse__Output {
  'events': (_modelserve_batch_v1_AlertEvent__Output)[];
}
