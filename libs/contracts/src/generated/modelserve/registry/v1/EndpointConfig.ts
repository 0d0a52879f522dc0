// Original file: proto/modelserve/registry.proto

import type { VariantSpec as _modelserve_registry_v1_VariantSpec, VariantSpec__Output as _modelserve_registry_v1_VariantSpec__Output } from '../../../modelserve/registry/v1/VariantSpec';

export interface EndpointConfig {
  'name'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantSpec)[];
  'createdAt'?: (string);
}

export interface EndpointConfig__Output {
  'name': (string);
  'variants': (_modelserve_registry_v1_VariantSpec__Output)[];
  'createdAt': (string);
}
