// Original file: proto/modelserve/registry.proto


export interface HeartbeatResponse {
  'heartbeatIntervalMs'?: (number);
}

export interface HeartbeatResponse__Output {
  'heartbeatIntervalMs': (number);
}
