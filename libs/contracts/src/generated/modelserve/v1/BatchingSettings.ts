// Original file: proto/modelserve/common.proto

import type { Long } from '@grpc/proto-loader';

export interface BatchingSettings {
  'enabled'?: (boolean);
  'maxBatchSize'?: (number);
  'maxQueueDelayMicros'?: (number | string | Long);
  'maxQueueSize'?: (number);
  '_enabled'?: "enabled";
  '_maxBatchSize'?: "maxBatchSize";
  '_maxQueueDelayMicros'?: "maxQueueDelayMicros";
  '_maxQueueSize'?: "maxQueueSize";
}

export interface BatchingSettings__Output {
  'enabled'?: (boolean);
  'maxBatchSize'?: (number);
  'maxQueueDelayMicros'?: (number);
  'maxQueueSize'?: (number);
  '_enabled'?: "enabled";
  '_maxBatchSize'?: "maxBatchSize";
  '_maxQueueDelayMicros'?: "maxQueueDelayMicros";
  '_maxQueueSize'?: "maxQueueSize";
}
