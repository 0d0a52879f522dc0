// Original file: proto/modelserve/worker_control.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';

export interface LoadModelRequest {
  'ref'?: (_modelserve_v1_ModelVersionRef | null);
  'artifactUri'?: (string);
  'sha256'?: (string);
}

export interface LoadModelRequest__Output {
  'ref': (_modelserve_v1_ModelVersionRef__Output | null);
  'artifactUri': (string);
  'sha256': (string);
}
