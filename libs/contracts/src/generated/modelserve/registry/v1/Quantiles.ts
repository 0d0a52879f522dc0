// Original file: proto/modelserve/registry.proto

import type { Long } from '@grpc/proto-loader';

export interface Quantiles {
  'count'?: (number | string | Long);
  'p50'?: (number | string);
  'p90'?: (number | string);
  'p99'?: (number | string);
  '_p50'?: "p50";
  '_p90'?: "p90";
  '_p99'?: "p99";
}

export interface Quantiles__Output {
  'count': (number);
  'p50'?: (number);
  'p90'?: (number);
  'p99'?: (number);
  '_p50'?: "p50";
  '_p90'?: "p90";
  '_p99'?: "p99";
}
