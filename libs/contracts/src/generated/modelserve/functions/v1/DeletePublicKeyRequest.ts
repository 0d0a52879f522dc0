// Original file: proto/modelserve/functions.proto


export interface DeletePublicKeyRequest {
  'api'?: (string);
  'id'?: (string);
}

export interface DeletePublicKeyRequest__Output {
  'api': (string);
  'id': (string);
}
