// Original file: proto/modelserve/access.proto

import type { QuotaLimits as _modelserve_access_v1_QuotaLimits, QuotaLimits__Output as _modelserve_access_v1_QuotaLimits__Output } from '../../../modelserve/access/v1/QuotaLimits';

export interface ApiKey {
  'id'?: (string);
  'name'?: (string);
  'owner'?: (string);
  'scopes'?: (string)[];
  'resources'?: (string)[];
  'createdAt'?: (string);
  'lastUsedAt'?: (string);
  'expiresAt'?: (string);
  'accessKeyIds'?: (string)[];
  'quota'?: (_modelserve_access_v1_QuotaLimits | null);
}

export interface ApiKey__Output {
  'id': (string);
  'name': (string);
  'owner': (string);
  'scopes': (string)[];
  'resources': (string)[];
  'createdAt': (string);
  'lastUsedAt': (string);
  'expiresAt': (string);
  'accessKeyIds': (string)[];
  'quota': (_modelserve_access_v1_QuotaLimits__Output | null);
}
