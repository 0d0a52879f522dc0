// Original file: proto/modelserve/training.proto


export interface MetricValue {
  'metricName'?: (string);
  'value'?: (number | string);
  'timestamp'?: (string);
}

export interface MetricValue__Output {
  'metricName': (string);
  'value': (number);
  'timestamp': (string);
}
