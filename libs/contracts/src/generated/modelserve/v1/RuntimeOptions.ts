// Original file: proto/modelserve/common.proto


export interface RuntimeOptions {
  'intraOpNumThreads'?: (number);
  'interOpNumThreads'?: (number);
  'executionMode'?: (string);
  '_intraOpNumThreads'?: "intraOpNumThreads";
  '_interOpNumThreads'?: "interOpNumThreads";
  '_executionMode'?: "executionMode";
}

export interface RuntimeOptions__Output {
  'intraOpNumThreads'?: (number);
  'interOpNumThreads'?: (number);
  'executionMode'?: (string);
  '_intraOpNumThreads'?: "intraOpNumThreads";
  '_interOpNumThreads'?: "interOpNumThreads";
  '_executionMode'?: "executionMode";
}
