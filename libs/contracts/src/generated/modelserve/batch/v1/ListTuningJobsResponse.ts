// Original file: proto/modelserve/tuning.proto

import type { TuningJob as _modelserve_batch_v1_TuningJob, TuningJob__Output as _modelserve_batch_v1_TuningJob__Output } from '../../../modelserve/batch/v1/TuningJob';

export interface ListTuningJobsResponse {
  'jobs'?: (_modelserve_batch_v1_TuningJob)[];
}

export interface ListTuningJobsResponse__Output {
  'jobs': (_modelserve_batch_v1_TuningJob__Output)[];
}
