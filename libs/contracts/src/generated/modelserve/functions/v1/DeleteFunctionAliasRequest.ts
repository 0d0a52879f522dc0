// Original file: proto/modelserve/functions.proto


export interface DeleteFunctionAliasRequest {
  'function'?: (string);
  'name'?: (string);
}

export interface DeleteFunctionAliasRequest__Output {
  'function': (string);
  'name': (string);
}
