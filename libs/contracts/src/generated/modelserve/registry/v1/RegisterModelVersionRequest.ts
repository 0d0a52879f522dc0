// Original file: proto/modelserve/registry.proto


export interface RegisterModelVersionRequest {
  'model'?: (string);
  'artifactUri'?: (string);
}

export interface RegisterModelVersionRequest__Output {
  'model': (string);
  'artifactUri': (string);
}
