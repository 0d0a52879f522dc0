// Original file: proto/modelserve/batch.proto

import type { StreamJob as _modelserve_batch_v1_StreamJob, StreamJob__Output as _modelserve_batch_v1_StreamJob__Output } from '../../../modelserve/batch/v1/StreamJob';

export interface ListStreamJobsResponse {
  'jobs'?: (_modelserve_batch_v1_StreamJob)[];
}

export interface ListStreamJobsResponse__Output {
  'jobs': (_modelserve_batch_v1_StreamJob__Output)[];
}
