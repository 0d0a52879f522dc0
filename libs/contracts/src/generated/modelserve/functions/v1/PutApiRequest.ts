// Original file: proto/modelserve/functions.proto

import type { Api as _modelserve_functions_v1_Api, Api__Output as _modelserve_functions_v1_Api__Output } from '../../../modelserve/functions/v1/Api';

export interface PutApiRequest {
  'api'?: (_modelserve_functions_v1_Api | null);
}

export interface PutApiRequest__Output {
  'api': (_modelserve_functions_v1_Api__Output | null);
}
