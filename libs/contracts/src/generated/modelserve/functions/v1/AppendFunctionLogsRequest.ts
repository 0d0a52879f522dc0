// Original file: proto/modelserve/functions.proto

import type { FunctionLogEntry as _modelserve_functions_v1_FunctionLogEntry, FunctionLogEntry__Output as _modelserve_functions_v1_FunctionLogEntry__Output } from '../../../modelserve/functions/v1/FunctionLogEntry';

export interface AppendFunctionLogsRequest {
  'entries'?: (_modelserve_functions_v1_FunctionLogEntry)[];
}

export interface AppendFunctionLogsRequest__Output {
  'entries': (_modelserve_functions_v1_FunctionLogEntry__Output)[];
}
