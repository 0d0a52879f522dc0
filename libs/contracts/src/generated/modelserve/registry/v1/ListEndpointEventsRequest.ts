// Original file: proto/modelserve/registry.proto


export interface ListEndpointEventsRequest {
  'name'?: (string);
}

export interface ListEndpointEventsRequest__Output {
  'name': (string);
}
