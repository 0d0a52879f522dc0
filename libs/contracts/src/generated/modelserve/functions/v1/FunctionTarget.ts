// Original file: proto/modelserve/functions.proto


export interface FunctionTarget {
  'name'?: (string);
  'qualifier'?: (string);
}

export interface FunctionTarget__Output {
  'name': (string);
  'qualifier': (string);
}
