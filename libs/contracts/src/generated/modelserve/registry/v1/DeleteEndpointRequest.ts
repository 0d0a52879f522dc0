// Original file: proto/modelserve/registry.proto


export interface DeleteEndpointRequest {
  'name'?: (string);
}

export interface DeleteEndpointRequest__Output {
  'name': (string);
}
