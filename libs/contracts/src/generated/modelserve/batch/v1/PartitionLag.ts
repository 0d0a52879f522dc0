// Original file: proto/modelserve/batch.proto

import type { Long } from '@grpc/proto-loader';

export interface PartitionLag {
  'partition'?: (number);
  'committedOffset'?: (number | string | Long);
  'highWatermark'?: (number | string | Long);
  'lag'?: (number | string | Long);
}

export interface PartitionLag__Output {
  'partition': (number);
  'committedOffset': (number);
  'highWatermark': (number);
  'lag': (number);
}
