// Original file: proto/modelserve/registry.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';

export interface HeartbeatRequest {
  'workerId'?: (string);
  'address'?: (string);
  'incarnation'?: (string);
  'loaded'?: (_modelserve_v1_ModelVersionRef)[];
}

export interface HeartbeatRequest__Output {
  'workerId': (string);
  'address': (string);
  'incarnation': (string);
  'loaded': (_modelserve_v1_ModelVersionRef__Output)[];
}
