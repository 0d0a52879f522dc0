// Original file: proto/modelserve/monitoring.proto

import type { BaselineJobSpec as _modelserve_batch_v1_BaselineJobSpec, BaselineJobSpec__Output as _modelserve_batch_v1_BaselineJobSpec__Output } from '../../../modelserve/batch/v1/BaselineJobSpec';
import type { Long } from '@grpc/proto-loader';

export interface BaselineJob {
  'spec'?: (_modelserve_batch_v1_BaselineJobSpec | null);
  'status'?: (string);
  'failureReason'?: (string);
  'records'?: (number | string | Long);
  'statisticsUri'?: (string);
  'constraintsUri'?: (string);
  'createdAt'?: (string);
  'endedAt'?: (string);
}

export interface BaselineJob__Output {
  'spec': (_modelserve_batch_v1_BaselineJobSpec__Output | null);
  'status': (string);
  'failureReason': (string);
  'records': (number);
  'statisticsUri': (string);
  'constraintsUri': (string);
  'createdAt': (string);
  'endedAt': (string);
}
