// Original file: proto/modelserve/registry.proto


export interface CreateModelRequest {
  'name'?: (string);
  'description'?: (string);
}

export interface CreateModelRequest__Output {
  'name': (string);
  'description': (string);
}
