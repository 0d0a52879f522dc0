// Original file: proto/modelserve/registry.proto


export interface AlarmState {
  'name'?: (string);
  'endpoint'?: (string);
  'firing'?: (boolean);
  'reason'?: (string);
}

export interface AlarmState__Output {
  'name': (string);
  'endpoint': (string);
  'firing': (boolean);
  'reason': (string);
}
