// Original file: proto/modelserve/functions.proto

import type { PublicKey as _modelserve_functions_v1_PublicKey, PublicKey__Output as _modelserve_functions_v1_PublicKey__Output } from '../../../modelserve/functions/v1/PublicKey';

export interface IssuedPublicKey {
  'key'?: (_modelserve_functions_v1_PublicKey | null);
  'secret'?: (string);
}

export interface IssuedPublicKey__Output {
  'key': (_modelserve_functions_v1_PublicKey__Output | null);
  'secret': (string);
}
