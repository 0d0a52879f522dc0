// Original file: proto/modelserve/functions.proto

import type { FunctionConfig as _modelserve_functions_v1_FunctionConfig, FunctionConfig__Output as _modelserve_functions_v1_FunctionConfig__Output } from '../../../modelserve/functions/v1/FunctionConfig';

export interface PutFunctionRequest {
  'config'?: (_modelserve_functions_v1_FunctionConfig | null);
  'archive'?: (Buffer | Uint8Array | string);
  's3Uri'?: (string);
  'updateMask'?: (string)[];
  'code'?: "archive"|"s3Uri";
}

export interface PutFunctionRequest__Output {
  'config': (_modelserve_functions_v1_FunctionConfig__Output | null);
  'archive'?: (Buffer);
  's3Uri'?: (string);
  'updateMask': (string)[];
  'code'?: "archive"|"s3Uri";
}
