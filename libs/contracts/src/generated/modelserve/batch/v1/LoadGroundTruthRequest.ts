// Original file: proto/modelserve/monitoring.proto


export interface LoadGroundTruthRequest {
  'endpoint'?: (string);
  'uri'?: (string);
}

export interface LoadGroundTruthRequest__Output {
  'endpoint': (string);
  'uri': (string);
}
