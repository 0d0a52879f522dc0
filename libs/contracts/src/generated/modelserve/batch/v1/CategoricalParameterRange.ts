// Original file: proto/modelserve/tuning.proto


export interface CategoricalParameterRange {
  'name'?: (string);
  'values'?: (string)[];
}

export interface CategoricalParameterRange__Output {
  'name': (string);
  'values': (string)[];
}
