// Original file: proto/modelserve/registry.proto

import type { EndpointConfig as _modelserve_registry_v1_EndpointConfig, EndpointConfig__Output as _modelserve_registry_v1_EndpointConfig__Output } from '../../../modelserve/registry/v1/EndpointConfig';

export interface ListEndpointConfigsResponse {
  'configs'?: (_modelserve_registry_v1_EndpointConfig)[];
}

export interface ListEndpointConfigsResponse__Output {
  'configs': (_modelserve_registry_v1_EndpointConfig__Output)[];
}
