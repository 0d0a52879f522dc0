// Original file: proto/modelserve/functions.proto

import type { FunctionConfig as _modelserve_functions_v1_FunctionConfig, FunctionConfig__Output as _modelserve_functions_v1_FunctionConfig__Output } from '../../../modelserve/functions/v1/FunctionConfig';

export interface ListFunctionsResponse {
  'functions'?: (_modelserve_functions_v1_FunctionConfig)[];
}

export interface ListFunctionsResponse__Output {
  'functions': (_modelserve_functions_v1_FunctionConfig__Output)[];
}
