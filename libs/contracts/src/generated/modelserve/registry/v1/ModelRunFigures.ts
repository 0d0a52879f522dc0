// Original file: proto/modelserve/registry.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { Histogram as _modelserve_registry_v1_Histogram, Histogram__Output as _modelserve_registry_v1_Histogram__Output } from '../../../modelserve/registry/v1/Histogram';
import type { Long } from '@grpc/proto-loader';

export interface ModelRunFigures {
  'model'?: (_modelserve_v1_ModelVersionRef | null);
  'run'?: (_modelserve_registry_v1_Histogram | null);
  'errors'?: (number | string | Long);
}

export interface ModelRunFigures__Output {
  'model': (_modelserve_v1_ModelVersionRef__Output | null);
  'run': (_modelserve_registry_v1_Histogram__Output | null);
  'errors': (number);
}
