// Original file: proto/modelserve/training.proto


export interface ModelRegistration {
  'model'?: (string);
  'description'?: (string);
  'tags'?: ({[key: string]: string});
}

export interface ModelRegistration__Output {
  'model': (string);
  'description': (string);
  'tags': ({[key: string]: string});
}
