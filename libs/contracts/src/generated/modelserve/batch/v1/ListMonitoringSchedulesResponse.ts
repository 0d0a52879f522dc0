// Original file: proto/modelserve/monitoring.proto

import type { MonitoringSchedule as _modelserve_batch_v1_MonitoringSchedule, MonitoringSchedule__Output as _modelserve_batch_v1_MonitoringSchedule__Output } from '../../../modelserve/batch/v1/MonitoringSchedule';

export interface ListMonitoringSchedulesResponse {
  'schedules'?: (_modelserve_batch_v1_MonitoringSchedule)[];
}

export interface ListMonitoringSchedulesResponse__Output {
  'schedules': (_modelserve_batch_v1_MonitoringSchedule__Output)[];
}
