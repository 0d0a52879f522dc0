// Original file: proto/modelserve/functions.proto

import type { FunctionLogEntry as _modelserve_functions_v1_FunctionLogEntry, FunctionLogEntry__Output as _modelserve_functions_v1_FunctionLogEntry__Output } from '../../../modelserve/functions/v1/FunctionLogEntry';

export interface ListFunctionLogsResponse {
  'entries'?: (_modelserve_functions_v1_FunctionLogEntry)[];
}

export interface ListFunctionLogsResponse__Output {
  'entries': (_modelserve_functions_v1_FunctionLogEntry__Output)[];
}
