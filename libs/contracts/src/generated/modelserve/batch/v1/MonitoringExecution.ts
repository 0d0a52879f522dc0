// Original file: proto/modelserve/monitoring.proto

import type { Violation as _modelserve_batch_v1_Violation, Violation__Output as _modelserve_batch_v1_Violation__Output } from '../../../modelserve/batch/v1/Violation';
import type { Long } from '@grpc/proto-loader';

export interface MonitoringExecution {
  'schedule'?: (string);
  'endpoint'?: (string);
  'windowStart'?: (string);
  'windowEnd'?: (string);
  'status'?: (string);
  'failureReason'?: (string);
  'records'?: (number | string | Long);
  'statisticsUri'?: (string);
  'violationsUri'?: (string);
  'violations'?: (_modelserve_batch_v1_Violation)[];
  'startedAt'?: (string);
  'endedAt'?: (string);
  'manual'?: (boolean);
}

export interface MonitoringExecution__Output {
  'schedule': (string);
  'endpoint': (string);
  'windowStart': (string);
  'windowEnd': (string);
  'status': (string);
  'failureReason': (string);
  'records': (number);
  'statisticsUri': (string);
  'violationsUri': (string);
  'violations': (_modelserve_batch_v1_Violation__Output)[];
  'startedAt': (string);
  'endedAt': (string);
  'manual': (boolean);
}
