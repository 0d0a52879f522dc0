// Original file: proto/modelserve/access.proto


export interface GetEndpointQuotaRequest {
  'endpoint'?: (string);
}

export interface GetEndpointQuotaRequest__Output {
  'endpoint': (string);
}
