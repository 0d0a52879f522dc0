// Original file: proto/modelserve/registry.proto

import type { VariantFiguresSummary as _modelserve_registry_v1_VariantFiguresSummary, VariantFiguresSummary__Output as _modelserve_registry_v1_VariantFiguresSummary__Output } from '../../../modelserve/registry/v1/VariantFiguresSummary';

export interface EndpointFigures {
  'endpoint'?: (string);
  'windowStart'?: (string);
  'windowEnd'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantFiguresSummary)[];
}

export interface EndpointFigures__Output {
  'endpoint': (string);
  'windowStart': (string);
  'windowEnd': (string);
  'variants': (_modelserve_registry_v1_VariantFiguresSummary__Output)[];
}
