// Original file: proto/modelserve/training.proto

import type { Long } from '@grpc/proto-loader';

export interface TrainingLogsRequest {
  'name'?: (string);
  'after'?: (number | string | Long);
  'limit'?: (number);
}

export interface TrainingLogsRequest__Output {
  'name': (string);
  'after': (number);
  'limit': (number);
}
