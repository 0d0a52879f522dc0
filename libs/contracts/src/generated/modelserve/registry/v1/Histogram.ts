// Original file: proto/modelserve/registry.proto

import type { Long } from '@grpc/proto-loader';

export interface Histogram {
  'buckets'?: ({[key: number]: number | string | Long});
}

export interface Histogram__Output {
  'buckets': ({[key: number]: number});
}
