// Original file: proto/modelserve/monitoring.proto

import type { VariantQuality as _modelserve_batch_v1_VariantQuality, VariantQuality__Output as _modelserve_batch_v1_VariantQuality__Output } from '../../../modelserve/batch/v1/VariantQuality';

export interface QualityReport {
  'endpoint'?: (string);
  'windowStart'?: (string);
  'windowEnd'?: (string);
  'variants'?: (_modelserve_batch_v1_VariantQuality)[];
}

export interface QualityReport__Output {
  'endpoint': (string);
  'windowStart': (string);
  'windowEnd': (string);
  'variants': (_modelserve_batch_v1_VariantQuality__Output)[];
}
