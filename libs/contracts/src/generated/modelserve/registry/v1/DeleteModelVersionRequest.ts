// Original file: proto/modelserve/registry.proto


export interface DeleteModelVersionRequest {
  'model'?: (string);
  'version'?: (number);
}

export interface DeleteModelVersionRequest__Output {
  'model': (string);
  'version': (number);
}
