// Original file: proto/modelserve/registry.proto


export interface DeleteModelRequest {
  'name'?: (string);
}

export interface DeleteModelRequest__Output {
  'name': (string);
}
