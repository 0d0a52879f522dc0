// Original file: proto/modelserve/batch.proto

import type { TransformJobSpec as _modelserve_batch_v1_TransformJobSpec, TransformJobSpec__Output as _modelserve_batch_v1_TransformJobSpec__Output } from '../../../modelserve/batch/v1/TransformJobSpec';
import type { TransformProgress as _modelserve_batch_v1_TransformProgress, TransformProgress__Output as _modelserve_batch_v1_TransformProgress__Output } from '../../../modelserve/batch/v1/TransformProgress';

export interface TransformJob {
  'spec'?: (_modelserve_batch_v1_TransformJobSpec | null);
  'status'?: (string);
  'failureReason'?: (string);
  'progress'?: (_modelserve_batch_v1_TransformProgress | null);
  'createdAt'?: (string);
  'startedAt'?: (string);
  'endedAt'?: (string);
  'endpoint'?: (string);
}

export interface TransformJob__Output {
  'spec': (_modelserve_batch_v1_TransformJobSpec__Output | null);
  'status': (string);
  'failureReason': (string);
  'progress': (_modelserve_batch_v1_TransformProgress__Output | null);
  'createdAt': (string);
  'startedAt': (string);
  'endedAt': (string);
  'endpoint': (string);
}
