// Original file: proto/modelserve/notebooks.proto


export interface CreateSignInTokenRequest {
  'name'?: (string);
  'sessionSeconds'?: (number);
}

export interface CreateSignInTokenRequest__Output {
  'name': (string);
  'sessionSeconds': (number);
}
