// Original file: proto/modelserve/tuning.proto

import type { Long } from '@grpc/proto-loader';

export interface IntegerParameterRange {
  'name'?: (string);
  'min'?: (number | string | Long);
  'max'?: (number | string | Long);
  'scaling'?: (string);
}

export interface IntegerParameterRange__Output {
  'name': (string);
  'min': (number);
  'max': (number);
  'scaling': (string);
}
