// Original file: proto/modelserve/notebooks.proto


export interface SignInToken {
  'token'?: (string);
  'expiresAt'?: (string);
}

export interface SignInToken__Output {
  'token': (string);
  'expiresAt': (string);
}
