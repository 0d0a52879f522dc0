// Original file: proto/modelserve/notebooks.proto


export interface OpenSessionRequest {
  'name'?: (string);
  'signInToken'?: (string);
}

export interface OpenSessionRequest__Output {
  'name': (string);
  'signInToken': (string);
}
