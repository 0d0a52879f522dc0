// Original file: proto/modelserve/registry.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { ModelRunFigures as _modelserve_registry_v1_ModelRunFigures, ModelRunFigures__Output as _modelserve_registry_v1_ModelRunFigures__Output } from '../../../modelserve/registry/v1/ModelRunFigures';

export interface HeartbeatRequest {
  'workerId'?: (string);
  'address'?: (string);
  'incarnation'?: (string);
  'loaded'?: (_modelserve_v1_ModelVersionRef)[];
  'runs'?: (_modelserve_registry_v1_ModelRunFigures)[];
}

export interface HeartbeatRequest__Output {
  'workerId': (string);
  'address': (string);
  'incarnation': (string);
  'loaded': (_modelserve_v1_ModelVersionRef__Output)[];
  'runs': (_modelserve_registry_v1_ModelRunFigures__Output)[];
}
