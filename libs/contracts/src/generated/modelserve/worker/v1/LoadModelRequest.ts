// Original file: proto/modelserve/worker_control.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from '../../../modelserve/v1/RuntimeOptions';

export interface LoadModelRequest {
  'ref'?: (_modelserve_v1_ModelVersionRef | null);
  'artifactUri'?: (string);
  'sha256'?: (string);
  'runtime'?: (_modelserve_v1_RuntimeOptions | null);
}

export interface LoadModelRequest__Output {
  'ref': (_modelserve_v1_ModelVersionRef__Output | null);
  'artifactUri': (string);
  'sha256': (string);
  'runtime': (_modelserve_v1_RuntimeOptions__Output | null);
}
