// Original file: proto/modelserve/monitoring.proto


export interface ListMonitoringSchedulesRequest {
  'endpoint'?: (string);
}

export interface ListMonitoringSchedulesRequest__Output {
  'endpoint': (string);
}
