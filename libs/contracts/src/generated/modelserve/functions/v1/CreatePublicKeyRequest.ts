// Original file: proto/modelserve/functions.proto


export interface CreatePublicKeyRequest {
  'api'?: (string);
  'name'?: (string);
  'usagePlan'?: (string);
}

export interface CreatePublicKeyRequest__Output {
  'api': (string);
  'name': (string);
  'usagePlan': (string);
}
