// Original file: proto/modelserve/registry.proto

import type { Endpoint as _modelserve_registry_v1_Endpoint, Endpoint__Output as _modelserve_registry_v1_Endpoint__Output } from '../../../modelserve/registry/v1/Endpoint';

export interface ListEndpointsResponse {
  'endpoints'?: (_modelserve_registry_v1_Endpoint)[];
}

export interface ListEndpointsResponse__Output {
  'endpoints': (_modelserve_registry_v1_Endpoint__Output)[];
}
