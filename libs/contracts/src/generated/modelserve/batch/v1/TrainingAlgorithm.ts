// Original file: proto/modelserve/training.proto


export interface TrainingAlgorithm {
  'image'?: (string);
  'command'?: (string)[];
  'sourceUri'?: (string);
}

export interface TrainingAlgorithm__Output {
  'image': (string);
  'command': (string)[];
  'sourceUri': (string);
}
