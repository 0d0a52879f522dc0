// Original file: proto/modelserve/monitoring.proto

import type { BaselineJob as _modelserve_batch_v1_BaselineJob, BaselineJob__Output as _modelserve_batch_v1_BaselineJob__Output } from '../../../modelserve/batch/v1/BaselineJob';

export interface ListBaselineJobsResponse {
  'jobs'?: (_modelserve_batch_v1_BaselineJob)[];
}

export interface ListBaselineJobsResponse__Output {
  'jobs': (_modelserve_batch_v1_BaselineJob__Output)[];
}
