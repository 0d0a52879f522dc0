// Original file: proto/modelserve/training.proto

import type { Long } from '@grpc/proto-loader';

export interface TrainingLogLine {
  'sequence'?: (number | string | Long);
  'timestamp'?: (string);
  'host'?: (string);
  'stream'?: (string);
  'message'?: (string);
}

export interface TrainingLogLine__Output {
  'sequence': (number);
  'timestamp': (string);
  'host': (string);
  'stream': (string);
  'message': (string);
}
