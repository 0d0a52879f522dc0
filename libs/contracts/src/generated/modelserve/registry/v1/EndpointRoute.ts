// Original file: proto/modelserve/registry.proto

import type { VariantRoute as _modelserve_registry_v1_VariantRoute, VariantRoute__Output as _modelserve_registry_v1_VariantRoute__Output } from '../../../modelserve/registry/v1/VariantRoute';

export interface EndpointRoute {
  'name'?: (string);
  'status'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantRoute)[];
}

export interface EndpointRoute__Output {
  'name': (string);
  'status': (string);
  'variants': (_modelserve_registry_v1_VariantRoute__Output)[];
}
