// Original file: proto/modelserve/registry.proto


export interface AsyncInference {
  'outputUri'?: (string);
  'failureUri'?: (string);
  'successTopic'?: (string);
  'errorTopic'?: (string);
  'webhookUrl'?: (string);
  'maxConcurrentInvocationsPerInstance'?: (number);
}

export interface AsyncInference__Output {
  'outputUri': (string);
  'failureUri': (string);
  'successTopic': (string);
  'errorTopic': (string);
  'webhookUrl': (string);
  'maxConcurrentInvocationsPerInstance': (number);
}
