// Original file: proto/modelserve/registry.proto


export interface SetModelAliasRequest {
  'model'?: (string);
  'alias'?: (string);
  'version'?: (number);
}

export interface SetModelAliasRequest__Output {
  'model': (string);
  'alias': (string);
  'version': (number);
}
