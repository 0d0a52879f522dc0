// Original file: proto/modelserve/training.proto


export interface SecondaryStatusTransition {
  'status'?: (string);
  'startTime'?: (string);
  'endTime'?: (string);
  'statusMessage'?: (string);
}

export interface SecondaryStatusTransition__Output {
  'status': (string);
  'startTime': (string);
  'endTime': (string);
  'statusMessage': (string);
}
