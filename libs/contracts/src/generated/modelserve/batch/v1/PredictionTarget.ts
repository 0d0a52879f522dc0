// Original file: proto/modelserve/batch.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';

export interface PredictionTarget {
  'endpoint'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef | null);
  'instanceCount'?: (number);
  'target'?: "endpoint"|"model";
}

export interface PredictionTarget__Output {
  'endpoint'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef__Output | null);
  'instanceCount': (number);
  'target'?: "endpoint"|"model";
}
