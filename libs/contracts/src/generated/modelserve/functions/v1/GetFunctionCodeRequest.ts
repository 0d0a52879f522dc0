// Original file: proto/modelserve/functions.proto


export interface GetFunctionCodeRequest {
  'name'?: (string);
  'codeSha256'?: (string);
}

export interface GetFunctionCodeRequest__Output {
  'name': (string);
  'codeSha256': (string);
}
