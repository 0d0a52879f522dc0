// Original file: proto/modelserve/functions.proto


export interface GetApiRequest {
  'name'?: (string);
}

export interface GetApiRequest__Output {
  'name': (string);
}
