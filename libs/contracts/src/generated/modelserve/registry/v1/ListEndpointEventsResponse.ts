// Original file: proto/modelserve/registry.proto

import type { EndpointEvent as _modelserve_registry_v1_EndpointEvent, EndpointEvent__Output as _modelserve_registry_v1_EndpointEvent__Output } from '../../../modelserve/registry/v1/EndpointEvent';

export interface ListEndpointEventsResponse {
  'events'?: (_modelserve_registry_v1_EndpointEvent)[];
}

export interface ListEndpointEventsResponse__Output {
  'events': (_modelserve_registry_v1_EndpointEvent__Output)[];
}
