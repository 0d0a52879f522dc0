// Original file: proto/modelserve/registry.proto


export interface DataCapture {
  'samplingPercent'?: (number | string);
  'destination'?: (string);
}

export interface DataCapture__Output {
  'samplingPercent': (number);
  'destination': (string);
}
