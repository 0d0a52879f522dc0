// Original file: proto/modelserve/batch.proto


export interface AsyncInvocationRequest {
  'endpoint'?: (string);
  'inputLocation'?: (string);
  'contentType'?: (string);
  'accept'?: (string);
  'customAttributes'?: (string);
  'inferenceId'?: (string);
  'requestTtlSeconds'?: (number);
  'invocationTimeoutSeconds'?: (number);
  'outputPathExtension'?: (string);
  'filename'?: (string);
}

export interface AsyncInvocationRequest__Output {
  'endpoint': (string);
  'inputLocation': (string);
  'contentType': (string);
  'accept': (string);
  'customAttributes': (string);
  'inferenceId': (string);
  'requestTtlSeconds': (number);
  'invocationTimeoutSeconds': (number);
  'outputPathExtension': (string);
  'filename': (string);
}
