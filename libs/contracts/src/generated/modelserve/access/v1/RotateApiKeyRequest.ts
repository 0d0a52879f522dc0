// Original file: proto/modelserve/access.proto


export interface RotateApiKeyRequest {
  'id'?: (string);
  'graceSeconds'?: (number);
}

export interface RotateApiKeyRequest__Output {
  'id': (string);
  'graceSeconds': (number);
}
