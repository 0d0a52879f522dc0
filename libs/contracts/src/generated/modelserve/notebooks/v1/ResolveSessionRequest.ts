// Original file: proto/modelserve/notebooks.proto


export interface ResolveSessionRequest {
  'name'?: (string);
  'sessionToken'?: (string);
}

export interface ResolveSessionRequest__Output {
  'name': (string);
  'sessionToken': (string);
}
