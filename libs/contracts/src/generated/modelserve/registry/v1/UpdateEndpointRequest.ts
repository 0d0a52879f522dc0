// Original file: proto/modelserve/registry.proto

import type { DeploymentOptions as _modelserve_registry_v1_DeploymentOptions, DeploymentOptions__Output as _modelserve_registry_v1_DeploymentOptions__Output } from '../../../modelserve/registry/v1/DeploymentOptions';

export interface UpdateEndpointRequest {
  'name'?: (string);
  'config'?: (string);
  'deployment'?: (_modelserve_registry_v1_DeploymentOptions | null);
}

export interface UpdateEndpointRequest__Output {
  'name': (string);
  'config': (string);
  'deployment': (_modelserve_registry_v1_DeploymentOptions__Output | null);
}
