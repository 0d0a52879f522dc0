// Original file: proto/modelserve/functions.proto

import type { FunctionConfig as _modelserve_functions_v1_FunctionConfig, FunctionConfig__Output as _modelserve_functions_v1_FunctionConfig__Output } from '../../../modelserve/functions/v1/FunctionConfig';
import type { FunctionAlias as _modelserve_functions_v1_FunctionAlias, FunctionAlias__Output as _modelserve_functions_v1_FunctionAlias__Output } from '../../../modelserve/functions/v1/FunctionAlias';

export interface FunctionDetail {
  'config'?: (_modelserve_functions_v1_FunctionConfig | null);
  'versions'?: (_modelserve_functions_v1_FunctionConfig)[];
  'aliases'?: (_modelserve_functions_v1_FunctionAlias)[];
}

export interface FunctionDetail__Output {
  'config': (_modelserve_functions_v1_FunctionConfig__Output | null);
  'versions': (_modelserve_functions_v1_FunctionConfig__Output)[];
  'aliases': (_modelserve_functions_v1_FunctionAlias__Output)[];
}
