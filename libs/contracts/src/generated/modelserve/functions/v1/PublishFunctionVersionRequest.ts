// Original file: proto/modelserve/functions.proto


export interface PublishFunctionVersionRequest {
  'name'?: (string);
  'description'?: (string);
}

export interface PublishFunctionVersionRequest__Output {
  'name': (string);
  'description': (string);
}
