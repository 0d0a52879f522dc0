// Original file: proto/modelserve/common.proto

import type { Long } from '@grpc/proto-loader';

export interface TensorSpec {
  'name'?: (string);
  'datatype'?: (string);
  'shape'?: (number | string | Long)[];
  'classLabels'?: (string)[];
}

export interface TensorSpec__Output {
  'name': (string);
  'datatype': (string);
  'shape': (number)[];
  'classLabels': (string)[];
}
