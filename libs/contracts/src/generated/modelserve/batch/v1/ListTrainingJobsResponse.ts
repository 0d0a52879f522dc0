// Original file: proto/modelserve/training.proto

import type { TrainingJob as _modelserve_batch_v1_TrainingJob, TrainingJob__Output as _modelserve_batch_v1_TrainingJob__Output } from '../../../modelserve/batch/v1/TrainingJob';

export interface ListTrainingJobsResponse {
  'jobs'?: (_modelserve_batch_v1_TrainingJob)[];
}

export interface ListTrainingJobsResponse__Output {
  'jobs': (_modelserve_batch_v1_TrainingJob__Output)[];
}
