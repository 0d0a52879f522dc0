// Original file: proto/modelserve/training.proto

import type { TrainingLogLine as _modelserve_batch_v1_TrainingLogLine, TrainingLogLine__Output as _modelserve_batch_v1_TrainingLogLine__Output } from '../../../modelserve/batch/v1/TrainingLogLine';

export interface TrainingLogsResponse {
  'lines'?: (_modelserve_batch_v1_TrainingLogLine)[];
  'complete'?: (boolean);
}

export interface TrainingLogsResponse__Output {
  'lines': (_modelserve_batch_v1_TrainingLogLine__Output)[];
  'complete': (boolean);
}
