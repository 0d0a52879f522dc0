// Original file: proto/modelserve/tuning.proto


export interface ContinuousParameterRange {
  'name'?: (string);
  'min'?: (number | string);
  'max'?: (number | string);
  'scaling'?: (string);
}

export interface ContinuousParameterRange__Output {
  'name': (string);
  'min': (number);
  'max': (number);
  'scaling': (string);
}
