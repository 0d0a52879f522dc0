// Original file: proto/modelserve/monitoring.proto

import type { DriftThresholds as _modelserve_batch_v1_DriftThresholds, DriftThresholds__Output as _modelserve_batch_v1_DriftThresholds__Output } from '../../../modelserve/batch/v1/DriftThresholds';

export interface MonitoringScheduleSpec {
  'name'?: (string);
  'endpoint'?: (string);
  'baseline'?: (string);
  'schedule'?: (string);
  'thresholds'?: (_modelserve_batch_v1_DriftThresholds | null);
  'output'?: (string);
}

export interface MonitoringScheduleSpec__Output {
  'name': (string);
  'endpoint': (string);
  'baseline': (string);
  'schedule': (string);
  'thresholds': (_modelserve_batch_v1_DriftThresholds__Output | null);
  'output': (string);
}
