// Original file: proto/modelserve/functions.proto


export interface FunctionAlias {
  'function'?: (string);
  'name'?: (string);
  'version'?: (string);
  'description'?: (string);
}

export interface FunctionAlias__Output {
  'function': (string);
  'name': (string);
  'version': (string);
  'description': (string);
}
