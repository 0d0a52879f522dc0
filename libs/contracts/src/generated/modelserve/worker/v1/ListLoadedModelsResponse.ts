// Original file: proto/modelserve/worker_control.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';

export interface ListLoadedModelsResponse {
  'models'?: (_modelserve_v1_ModelVersionRef)[];
}

export interface ListLoadedModelsResponse__Output {
  'models': (_modelserve_v1_ModelVersionRef__Output)[];
}
