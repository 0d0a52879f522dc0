// Original file: proto/modelserve/access.proto

import type { ApiKey as _modelserve_access_v1_ApiKey, ApiKey__Output as _modelserve_access_v1_ApiKey__Output } from '../../../modelserve/access/v1/ApiKey';

export interface ListApiKeysResponse {
  'keys'?: (_modelserve_access_v1_ApiKey)[];
}

export interface ListApiKeysResponse__Output {
  'keys': (_modelserve_access_v1_ApiKey__Output)[];
}
