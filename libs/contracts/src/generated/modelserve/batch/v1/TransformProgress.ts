// Original file: proto/modelserve/batch.proto

import type { Long } from '@grpc/proto-loader';

export interface TransformProgress {
  'objectsTotal'?: (number);
  'objectsCompleted'?: (number);
  'recordsProcessed'?: (number | string | Long);
  'recordsFailed'?: (number | string | Long);
  'recordsPerSecond'?: (number | string);
}

export interface TransformProgress__Output {
  'objectsTotal': (number);
  'objectsCompleted': (number);
  'recordsProcessed': (number);
  'recordsFailed': (number);
  'recordsPerSecond': (number);
}
