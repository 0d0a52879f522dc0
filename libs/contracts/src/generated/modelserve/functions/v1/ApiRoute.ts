// Original file: proto/modelserve/functions.proto

import type { FunctionTarget as _modelserve_functions_v1_FunctionTarget, FunctionTarget__Output as _modelserve_functions_v1_FunctionTarget__Output } from '../../../modelserve/functions/v1/FunctionTarget';

export interface ApiRoute {
  'method'?: (string);
  'path'?: (string);
  'function'?: (_modelserve_functions_v1_FunctionTarget | null);
  'endpoint'?: (string);
  'target'?: "function"|"endpoint";
}

export interface ApiRoute__Output {
  'method': (string);
  'path': (string);
  'function'?: (_modelserve_functions_v1_FunctionTarget__Output | null);
  'endpoint'?: (string);
  'target'?: "function"|"endpoint";
}
