// Original file: proto/modelserve/batch.proto


export interface TransformOutput {
  'uri'?: (string);
  'accept'?: (string);
  'assembleWith'?: (string);
}

export interface TransformOutput__Output {
  'uri': (string);
  'accept': (string);
  'assembleWith': (string);
}
