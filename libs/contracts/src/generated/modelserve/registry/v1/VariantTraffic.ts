// Original file: proto/modelserve/registry.proto

import type { Long } from '@grpc/proto-loader';

export interface VariantTraffic {
  'endpoint'?: (string);
  'generation'?: (number);
  'requests'?: (number | string | Long);
  'errors'?: (number | string | Long);
  'latenciesMs'?: (number | string)[];
}

export interface VariantTraffic__Output {
  'endpoint': (string);
  'generation': (number);
  'requests': (number);
  'errors': (number);
  'latenciesMs': (number)[];
}
