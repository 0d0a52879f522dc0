// Original file: proto/modelserve/registry.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from '../../../modelserve/v1/TensorSpec';
import type { BatchingSettings as _modelserve_v1_BatchingSettings, BatchingSettings__Output as _modelserve_v1_BatchingSettings__Output } from '../../../modelserve/v1/BatchingSettings';

export interface VariantRoute {
  'name'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef | null);
  'weight'?: (number | string);
  'inputs'?: (_modelserve_v1_TensorSpec)[];
  'outputs'?: (_modelserve_v1_TensorSpec)[];
  'workerAddresses'?: (string)[];
  'shadowSamplingPercent'?: (number | string);
  'generation'?: (number);
  'batching'?: (_modelserve_v1_BatchingSettings | null);
  'padSingleRows'?: (boolean);
}

export interface VariantRoute__Output {
  'name': (string);
  'model': (_modelserve_v1_ModelVersionRef__Output | null);
  'weight': (number);
  'inputs': (_modelserve_v1_TensorSpec__Output)[];
  'outputs': (_modelserve_v1_TensorSpec__Output)[];
  'workerAddresses': (string)[];
  'shadowSamplingPercent': (number);
  'generation': (number);
  'batching': (_modelserve_v1_BatchingSettings__Output | null);
  'padSingleRows': (boolean);
}
