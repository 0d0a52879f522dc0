// Original file: proto/modelserve/monitoring.proto

import type { GroundTruthLabel as _modelserve_batch_v1_GroundTruthLabel, GroundTruthLabel__Output as _modelserve_batch_v1_GroundTruthLabel__Output } from '../../../modelserve/batch/v1/GroundTruthLabel';

export interface GroundTruthBatch {
  'endpoint'?: (string);
  'labels'?: (_modelserve_batch_v1_GroundTruthLabel)[];
}

export interface GroundTruthBatch__Output {
  'endpoint': (string);
  'labels': (_modelserve_batch_v1_GroundTruthLabel__Output)[];
}
