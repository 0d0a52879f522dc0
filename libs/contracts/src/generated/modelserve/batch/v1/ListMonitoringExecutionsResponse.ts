// Original file: proto/modelserve/monitoring.proto

import type { MonitoringExecution as _modelserve_batch_v1_MonitoringExecution, MonitoringExecution__Output as _modelserve_batch_v1_MonitoringExecution__Output } from '../../../modelserve/batch/v1/MonitoringExecution';

export interface ListMonitoringExecutionsResponse {
  'executions'?: (_modelserve_batch_v1_MonitoringExecution)[];
}

export interface ListMonitoringExecutionsResponse__Output {
  'executions': (_modelserve_batch_v1_MonitoringExecution__Output)[];
}
