// Original file: proto/modelserve/registry.proto


export interface GetEndpointConfigRequest {
  'name'?: (string);
}

export interface GetEndpointConfigRequest__Output {
  'name': (string);
}
