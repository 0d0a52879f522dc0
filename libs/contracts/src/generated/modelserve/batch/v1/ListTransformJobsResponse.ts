// Original file: proto/modelserve/batch.proto

import type { TransformJob as _modelserve_batch_v1_TransformJob, TransformJob__Output as _modelserve_batch_v1_TransformJob__Output } from '../../../modelserve/batch/v1/TransformJob';

export interface ListTransformJobsResponse {
  'jobs'?: (_modelserve_batch_v1_TransformJob)[];
}

export interface ListTransformJobsResponse__Output {
  'jobs': (_modelserve_batch_v1_TransformJob__Output)[];
}
