// Original file: proto/modelserve/registry.proto


export interface GetSageMakerFieldsRequest {
  'kind'?: (string);
  'names'?: (string)[];
}

export interface GetSageMakerFieldsRequest__Output {
  'kind': (string);
  'names': (string)[];
}
