// Original file: proto/modelserve/registry.proto


export interface ListModelVersionsRequest {
  'model'?: (string);
}

export interface ListModelVersionsRequest__Output {
  'model': (string);
}
