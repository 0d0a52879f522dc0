// Original file: proto/modelserve/worker_control.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from '../../../modelserve/v1/TensorSpec';

export interface LoadModelResponse {
  'ref'?: (_modelserve_v1_ModelVersionRef | null);
  'inputs'?: (_modelserve_v1_TensorSpec)[];
  'outputs'?: (_modelserve_v1_TensorSpec)[];
  'loadMillis'?: (number | string);
}

export interface LoadModelResponse__Output {
  'ref': (_modelserve_v1_ModelVersionRef__Output | null);
  'inputs': (_modelserve_v1_TensorSpec__Output)[];
  'outputs': (_modelserve_v1_TensorSpec__Output)[];
  'loadMillis': (number);
}
