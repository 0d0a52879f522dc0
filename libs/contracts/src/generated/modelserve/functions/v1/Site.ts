// Original file: proto/modelserve/functions.proto

import type { Long } from '@grpc/proto-loader';

export interface Site {
  'sha256'?: (string);
  'size'?: (number | string | Long);
  'files'?: (number);
  'updatedAt'?: (string);
}

export interface Site__Output {
  'sha256': (string);
  'size': (number);
  'files': (number);
  'updatedAt': (string);
}
