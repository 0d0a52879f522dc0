// Original file: proto/modelserve/functions.proto

import type { Long } from '@grpc/proto-loader';

export interface UsagePlan {
  'api'?: (string);
  'name'?: (string);
  'rateLimit'?: (number | string);
  'burst'?: (number);
  'quotaPerDay'?: (number | string | Long);
}

export interface UsagePlan__Output {
  'api': (string);
  'name': (string);
  'rateLimit': (number);
  'burst': (number);
  'quotaPerDay': (number);
}
