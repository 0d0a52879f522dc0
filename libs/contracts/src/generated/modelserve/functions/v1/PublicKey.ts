// Original file: proto/modelserve/functions.proto

import type { UsagePlan as _modelserve_functions_v1_UsagePlan, UsagePlan__Output as _modelserve_functions_v1_UsagePlan__Output } from '../../../modelserve/functions/v1/UsagePlan';

export interface PublicKey {
  'id'?: (string);
  'api'?: (string);
  'name'?: (string);
  'usagePlan'?: (string);
  'createdAt'?: (string);
  'plan'?: (_modelserve_functions_v1_UsagePlan | null);
}

export interface PublicKey__Output {
  'id': (string);
  'api': (string);
  'name': (string);
  'usagePlan': (string);
  'createdAt': (string);
  'plan': (_modelserve_functions_v1_UsagePlan__Output | null);
}
