// Original file: proto/modelserve/registry.proto


export interface GetEndpointRequest {
  'name'?: (string);
}

export interface GetEndpointRequest__Output {
  'name': (string);
}
