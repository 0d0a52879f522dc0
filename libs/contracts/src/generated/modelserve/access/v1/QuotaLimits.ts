// Original file: proto/modelserve/access.proto

import type { Long } from '@grpc/proto-loader';

export interface QuotaLimits {
  'requestsPerSecond'?: (number | string);
  'burst'?: (number);
  'requestsPerDay'?: (number | string | Long);
}

export interface QuotaLimits__Output {
  'requestsPerSecond': (number);
  'burst': (number);
  'requestsPerDay': (number);
}
