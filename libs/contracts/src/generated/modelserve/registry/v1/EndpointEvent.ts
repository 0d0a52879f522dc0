// Original file: proto/modelserve/registry.proto


export interface EndpointEvent {
  'at'?: (string);
  'actor'?: (string);
  'action'?: (string);
  'detail'?: (string);
}

export interface EndpointEvent__Output {
  'at': (string);
  'actor': (string);
  'action': (string);
  'detail': (string);
}
