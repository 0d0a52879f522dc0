// Original file: proto/modelserve/access.proto

import type { SigV4Scope as _modelserve_access_v1_SigV4Scope, SigV4Scope__Output as _modelserve_access_v1_SigV4Scope__Output } from '../../../modelserve/access/v1/SigV4Scope';

export interface ResolveCredentialRequest {
  'keyHash'?: (string);
  'sigv4'?: (_modelserve_access_v1_SigV4Scope | null);
  'credential'?: "keyHash"|"sigv4";
}

export interface ResolveCredentialRequest__Output {
  'keyHash'?: (string);
  'sigv4'?: (_modelserve_access_v1_SigV4Scope__Output | null);
  'credential'?: "keyHash"|"sigv4";
}
