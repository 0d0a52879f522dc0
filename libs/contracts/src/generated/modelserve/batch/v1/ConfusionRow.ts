// Original file: proto/modelserve/monitoring.proto

import type { Long } from '@grpc/proto-loader';

export interface ConfusionRow {
  'counts'?: (number | string | Long)[];
}

export interface ConfusionRow__Output {
  'counts': (number)[];
}
