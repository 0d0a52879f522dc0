// Original file: proto/modelserve/batch.proto


export interface AsyncInvocation {
  'inferenceId'?: (string);
  'outputLocation'?: (string);
  'failureLocation'?: (string);
}

export interface AsyncInvocation__Output {
  'inferenceId': (string);
  'outputLocation': (string);
  'failureLocation': (string);
}
