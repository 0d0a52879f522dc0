// Original file: proto/modelserve/access.proto

import type { QuotaLimits as _modelserve_access_v1_QuotaLimits, QuotaLimits__Output as _modelserve_access_v1_QuotaLimits__Output } from '../../../modelserve/access/v1/QuotaLimits';

export interface CreateApiKeyRequest {
  'name'?: (string);
  'owner'?: (string);
  'scopes'?: (string)[];
  'resources'?: (string)[];
  'expiresAt'?: (string);
  'quota'?: (_modelserve_access_v1_QuotaLimits | null);
}

export interface CreateApiKeyRequest__Output {
  'name': (string);
  'owner': (string);
  'scopes': (string)[];
  'resources': (string)[];
  'expiresAt': (string);
  'quota': (_modelserve_access_v1_QuotaLimits__Output | null);
}
