// Original file: proto/modelserve/training.proto


export interface MetricDefinition {
  'name'?: (string);
  'regex'?: (string);
}

export interface MetricDefinition__Output {
  'name': (string);
  'regex': (string);
}
