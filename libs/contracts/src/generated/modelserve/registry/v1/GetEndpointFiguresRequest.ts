// Original file: proto/modelserve/registry.proto


export interface GetEndpointFiguresRequest {
  'name'?: (string);
  'windowSeconds'?: (number);
}

export interface GetEndpointFiguresRequest__Output {
  'name': (string);
  'windowSeconds': (number);
}
