// Original file: proto/modelserve/registry.proto


export interface CreateEndpointRequest {
  'name'?: (string);
  'config'?: (string);
}

export interface CreateEndpointRequest__Output {
  'name': (string);
  'config': (string);
}
