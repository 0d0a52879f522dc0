// Original file: proto/modelserve/batch.proto


export interface TransformInput {
  'uri'?: (string);
  'contentType'?: (string);
  'splitType'?: (string);
  'compression'?: (string);
}

export interface TransformInput__Output {
  'uri': (string);
  'contentType': (string);
  'splitType': (string);
  'compression': (string);
}
