// Original file: proto/modelserve/registry.proto


export interface GetModelVersionRequest {
  'model'?: (string);
  'version'?: (number);
}

export interface GetModelVersionRequest__Output {
  'model': (string);
  'version': (number);
}
