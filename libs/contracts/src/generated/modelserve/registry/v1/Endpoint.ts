// Original file: proto/modelserve/registry.proto

import type { VariantStatus as _modelserve_registry_v1_VariantStatus, VariantStatus__Output as _modelserve_registry_v1_VariantStatus__Output } from '../../../modelserve/registry/v1/VariantStatus';
import type { DeploymentStatus as _modelserve_registry_v1_DeploymentStatus, DeploymentStatus__Output as _modelserve_registry_v1_DeploymentStatus__Output } from '../../../modelserve/registry/v1/DeploymentStatus';

export interface Endpoint {
  'name'?: (string);
  'config'?: (string);
  'status'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantStatus)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'failureReason'?: (string);
  'deployment'?: (_modelserve_registry_v1_DeploymentStatus | null);
}

export interface Endpoint__Output {
  'name': (string);
  'config': (string);
  'status': (string);
  'variants': (_modelserve_registry_v1_VariantStatus__Output)[];
  'createdAt': (string);
  'updatedAt': (string);
  'failureReason': (string);
  'deployment': (_modelserve_registry_v1_DeploymentStatus__Output | null);
}
