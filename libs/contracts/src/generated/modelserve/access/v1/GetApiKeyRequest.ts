// Original file: proto/modelserve/access.proto


export interface GetApiKeyRequest {
  'id'?: (string);
}

export interface GetApiKeyRequest__Output {
  'id': (string);
}
