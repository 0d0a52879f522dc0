// Original file: proto/modelserve/registry.proto

import type { VariantTraffic as _modelserve_registry_v1_VariantTraffic, VariantTraffic__Output as _modelserve_registry_v1_VariantTraffic__Output } from '../../../modelserve/registry/v1/VariantTraffic';
import type { VariantFigures as _modelserve_registry_v1_VariantFigures, VariantFigures__Output as _modelserve_registry_v1_VariantFigures__Output } from '../../../modelserve/registry/v1/VariantFigures';

export interface TrafficReport {
  'variants'?: (_modelserve_registry_v1_VariantTraffic)[];
  'figures'?: (_modelserve_registry_v1_VariantFigures)[];
}

export interface TrafficReport__Output {
  'variants': (_modelserve_registry_v1_VariantTraffic__Output)[];
  'figures': (_modelserve_registry_v1_VariantFigures__Output)[];
}
