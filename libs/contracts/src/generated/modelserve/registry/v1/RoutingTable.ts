// Original file: proto/modelserve/registry.proto

import type { EndpointRoute as _modelserve_registry_v1_EndpointRoute, EndpointRoute__Output as _modelserve_registry_v1_EndpointRoute__Output } from '../../../modelserve/registry/v1/EndpointRoute';
import type { Long } from '@grpc/proto-loader';

export interface RoutingTable {
  'revision'?: (number | string | Long);
  'endpoints'?: (_modelserve_registry_v1_EndpointRoute)[];
}

export interface RoutingTable__Output {
  'revision': (number);
  'endpoints': (_modelserve_registry_v1_EndpointRoute__Output)[];
}
