// Original file: proto/modelserve/monitoring.proto

import type { MonitoringScheduleSpec as _modelserve_batch_v1_MonitoringScheduleSpec, MonitoringScheduleSpec__Output as _modelserve_batch_v1_MonitoringScheduleSpec__Output } from '../../../modelserve/batch/v1/MonitoringScheduleSpec';
import type { MonitoringExecution as _modelserve_batch_v1_MonitoringExecution, MonitoringExecution__Output as _modelserve_batch_v1_MonitoringExecution__Output } from '../../../modelserve/batch/v1/MonitoringExecution';

export interface MonitoringSchedule {
  'spec'?: (_modelserve_batch_v1_MonitoringScheduleSpec | null);
  'createdAt'?: (string);
  'nextWindowEnd'?: (string);
  'lastExecution'?: (_modelserve_batch_v1_MonitoringExecution | null);
}

export interface MonitoringSchedule__Output {
  'spec': (_modelserve_batch_v1_MonitoringScheduleSpec__Output | null);
  'createdAt': (string);
  'nextWindowEnd': (string);
  'lastExecution': (_modelserve_batch_v1_MonitoringExecution__Output | null);
}
