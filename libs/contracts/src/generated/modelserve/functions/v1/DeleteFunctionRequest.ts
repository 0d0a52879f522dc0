// Original file: proto/modelserve/functions.proto


export interface DeleteFunctionRequest {
  'name'?: (string);
}

export interface DeleteFunctionRequest__Output {
  'name': (string);
}
