// Original file: proto/modelserve/monitoring.proto


export interface ListMonitoringExecutionsRequest {
  'schedule'?: (string);
  'endpoint'?: (string);
  'limit'?: (number);
}

export interface ListMonitoringExecutionsRequest__Output {
  'schedule': (string);
  'endpoint': (string);
  'limit': (number);
}
