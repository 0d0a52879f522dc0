// Original file: proto/modelserve/access.proto

import type { QuotaLimits as _modelserve_access_v1_QuotaLimits, QuotaLimits__Output as _modelserve_access_v1_QuotaLimits__Output } from '../../../modelserve/access/v1/QuotaLimits';

export interface SetEndpointQuotaRequest {
  'endpoint'?: (string);
  'quota'?: (_modelserve_access_v1_QuotaLimits | null);
}

export interface SetEndpointQuotaRequest__Output {
  'endpoint': (string);
  'quota': (_modelserve_access_v1_QuotaLimits__Output | null);
}
