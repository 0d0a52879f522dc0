// Original file: proto/modelserve/functions.proto


export interface ResolvePublicKeyRequest {
  'api'?: (string);
  'keyHash'?: (string);
}

export interface ResolvePublicKeyRequest__Output {
  'api': (string);
  'keyHash': (string);
}
