// Original file: proto/modelserve/registry.proto


export interface RollbackEndpointRequest {
  'name'?: (string);
  'config'?: (string);
}

export interface RollbackEndpointRequest__Output {
  'name': (string);
  'config': (string);
}
