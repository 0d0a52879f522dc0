// Original file: proto/modelserve/registry.proto


export interface DeleteModelAliasRequest {
  'model'?: (string);
  'alias'?: (string);
}

export interface DeleteModelAliasRequest__Output {
  'model': (string);
  'alias': (string);
}
