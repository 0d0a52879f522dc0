// Original file: proto/modelserve/batch.proto


export interface JobName {
  'name'?: (string);
}

export interface JobName__Output {
  'name': (string);
}
