// Original file: proto/modelserve/monitoring.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';

export interface BaselineJobSpec {
  'name'?: (string);
  'dataset'?: (string);
  'contentType'?: (string);
  'header'?: (boolean);
  'output'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef | null);
}

export interface BaselineJobSpec__Output {
  'name': (string);
  'dataset': (string);
  'contentType': (string);
  'header': (boolean);
  'output': (string);
  'model': (_modelserve_v1_ModelVersionRef__Output | null);
}
