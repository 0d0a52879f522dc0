// Original file: proto/modelserve/registry.proto

import type { VariantTraffic as _modelserve_registry_v1_VariantTraffic, VariantTraffic__Output as _modelserve_registry_v1_VariantTraffic__Output } from '../../../modelserve/registry/v1/VariantTraffic';

export interface TrafficReport {
  'variants'?: (_modelserve_registry_v1_VariantTraffic)[];
}

export interface TrafficReport__Output {
  'variants': (_modelserve_registry_v1_VariantTraffic__Output)[];
}
