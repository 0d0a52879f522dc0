// Original file: proto/modelserve/registry.proto

import type { VariantUpdate as _modelserve_registry_v1_VariantUpdate, VariantUpdate__Output as _modelserve_registry_v1_VariantUpdate__Output } from '../../../modelserve/registry/v1/VariantUpdate';

export interface UpdateEndpointVariantsRequest {
  'name'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantUpdate)[];
}

export interface UpdateEndpointVariantsRequest__Output {
  'name': (string);
  'variants': (_modelserve_registry_v1_VariantUpdate__Output)[];
}
