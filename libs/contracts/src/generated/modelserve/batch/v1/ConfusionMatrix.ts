// Original file: proto/modelserve/monitoring.proto

import type { ConfusionRow as _modelserve_batch_v1_ConfusionRow, ConfusionRow__Output as _modelserve_batch_v1_ConfusionRow__Output } from '../../../modelserve/batch/v1/ConfusionRow';

export interface ConfusionMatrix {
  'labels'?: (string)[];
  'rows'?: (_modelserve_batch_v1_ConfusionRow)[];
}

export interface ConfusionMatrix__Output {
  'labels': (string)[];
  'rows': (_modelserve_batch_v1_ConfusionRow__Output)[];
}
