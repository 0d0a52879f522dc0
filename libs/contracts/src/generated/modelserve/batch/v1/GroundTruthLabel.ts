// Original file: proto/modelserve/monitoring.proto


export interface GroundTruthLabel {
  'inferenceId'?: (string);
  'values'?: (string)[];
}

export interface GroundTruthLabel__Output {
  'inferenceId': (string);
  'values': (string)[];
}
