// Original file: proto/modelserve/access.proto


export interface DeleteApiKeyRequest {
  'id'?: (string);
}

export interface DeleteApiKeyRequest__Output {
  'id': (string);
}
