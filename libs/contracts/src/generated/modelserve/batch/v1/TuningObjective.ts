// Original file: proto/modelserve/tuning.proto


export interface TuningObjective {
  'metricName'?: (string);
  'type'?: (string);
}

export interface TuningObjective__Output {
  'metricName': (string);
  'type': (string);
}
