// Original file: proto/modelserve/monitoring.proto


export interface Violation {
  'featureName'?: (string);
  'constraintCheckType'?: (string);
  'description'?: (string);
}

export interface Violation__Output {
  'featureName': (string);
  'constraintCheckType': (string);
  'description': (string);
}
