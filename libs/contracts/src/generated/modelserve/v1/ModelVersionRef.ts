// Original file: proto/modelserve/common.proto


export interface ModelVersionRef {
  'model'?: (string);
  'version'?: (number);
}

export interface ModelVersionRef__Output {
  'model': (string);
  'version': (number);
}
