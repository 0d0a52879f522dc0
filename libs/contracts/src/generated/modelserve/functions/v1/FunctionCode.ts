// Original file: proto/modelserve/functions.proto


export interface FunctionCode {
  'archive'?: (Buffer | Uint8Array | string);
}

export interface FunctionCode__Output {
  'archive': (Buffer);
}
