// Original file: proto/modelserve/registry.proto


export interface DeleteEndpointConfigRequest {
  'name'?: (string);
}

export interface DeleteEndpointConfigRequest__Output {
  'name': (string);
}
