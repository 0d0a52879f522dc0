// Original file: proto/modelserve/functions.proto


export interface GetFunctionRequest {
  'name'?: (string);
  'qualifier'?: (string);
}

export interface GetFunctionRequest__Output {
  'name': (string);
  'qualifier': (string);
}
