// Original file: proto/modelserve/functions.proto

import type { Api as _modelserve_functions_v1_Api, Api__Output as _modelserve_functions_v1_Api__Output } from '../../../modelserve/functions/v1/Api';

export interface ListApisResponse {
  'apis'?: (_modelserve_functions_v1_Api)[];
}

export interface ListApisResponse__Output {
  'apis': (_modelserve_functions_v1_Api__Output)[];
}
