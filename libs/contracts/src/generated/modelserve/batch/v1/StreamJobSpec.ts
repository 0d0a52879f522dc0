// Original file: proto/modelserve/batch.proto

import type { PredictionTarget as _modelserve_batch_v1_PredictionTarget, PredictionTarget__Output as _modelserve_batch_v1_PredictionTarget__Output } from '../../../modelserve/batch/v1/PredictionTarget';

export interface StreamJobSpec {
  'name'?: (string);
  'target'?: (_modelserve_batch_v1_PredictionTarget | null);
  'inputTopic'?: (string);
  'outputTopic'?: (string);
  'deadLetterTopic'?: (string);
  'contentType'?: (string);
  'accept'?: (string);
  'consumerGroup'?: (string);
  'maxBatchRecords'?: (number);
  'maxBatchDelayMs'?: (number);
}

export interface StreamJobSpec__Output {
  'name': (string);
  'target': (_modelserve_batch_v1_PredictionTarget__Output | null);
  'inputTopic': (string);
  'outputTopic': (string);
  'deadLetterTopic': (string);
  'contentType': (string);
  'accept': (string);
  'consumerGroup': (string);
  'maxBatchRecords': (number);
  'maxBatchDelayMs': (number);
}
