// Original file: proto/modelserve/monitoring.proto


export interface QualityReportRequest {
  'endpoint'?: (string);
  'windowSeconds'?: (number);
}

export interface QualityReportRequest__Output {
  'endpoint': (string);
  'windowSeconds': (number);
}
