// Original file: proto/modelserve/access.proto

import type { ApiKey as _modelserve_access_v1_ApiKey, ApiKey__Output as _modelserve_access_v1_ApiKey__Output } from '../../../modelserve/access/v1/ApiKey';

export interface IssuedApiKey {
  'key'?: (_modelserve_access_v1_ApiKey | null);
  'secret'?: (string);
  'accessKeyId'?: (string);
  'secretAccessKey'?: (string);
  'previousExpiresAt'?: (string);
}

export interface IssuedApiKey__Output {
  'key': (_modelserve_access_v1_ApiKey__Output | null);
  'secret': (string);
  'accessKeyId': (string);
  'secretAccessKey': (string);
  'previousExpiresAt': (string);
}
