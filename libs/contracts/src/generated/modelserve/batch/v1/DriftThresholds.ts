// Original file: proto/modelserve/monitoring.proto


export interface DriftThresholds {
  'method'?: (string);
  'drift'?: (number | string);
  'completeness'?: (number | string);
  'dataType'?: (number | string);
  'domainContent'?: (number | string);
}

export interface DriftThresholds__Output {
  'method': (string);
  'drift': (number);
  'completeness': (number);
  'dataType': (number);
  'domainContent': (number);
}
