// Original file: proto/modelserve/batch.proto


export interface DataProcessing {
  'inputFilter'?: (string);
  'joinSource'?: (string);
  'outputFilter'?: (string);
}

export interface DataProcessing__Output {
  'inputFilter': (string);
  'joinSource': (string);
  'outputFilter': (string);
}
