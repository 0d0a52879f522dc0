// Original file: proto/modelserve/access.proto

import type { ApiKey as _modelserve_access_v1_ApiKey, ApiKey__Output as _modelserve_access_v1_ApiKey__Output } from '../../../modelserve/access/v1/ApiKey';

export interface ResolvedCredential {
  'key'?: (_modelserve_access_v1_ApiKey | null);
  'signingKeys'?: (Buffer | Uint8Array | string)[];
}

export interface ResolvedCredential__Output {
  'key': (_modelserve_access_v1_ApiKey__Output | null);
  'signingKeys': (Buffer)[];
}
