// Original file: proto/modelserve/batch.proto

import type { StreamJobSpec as _modelserve_batch_v1_StreamJobSpec, StreamJobSpec__Output as _modelserve_batch_v1_StreamJobSpec__Output } from '../../../modelserve/batch/v1/StreamJobSpec';
import type { PartitionLag as _modelserve_batch_v1_PartitionLag, PartitionLag__Output as _modelserve_batch_v1_PartitionLag__Output } from '../../../modelserve/batch/v1/PartitionLag';
import type { Long } from '@grpc/proto-loader';

export interface StreamJob {
  'spec'?: (_modelserve_batch_v1_StreamJobSpec | null);
  'status'?: (string);
  'failureReason'?: (string);
  'recordsIn'?: (number | string | Long);
  'recordsOut'?: (number | string | Long);
  'recordsDeadLettered'?: (number | string | Long);
  'recordsPerSecond'?: (number | string);
  'lag'?: (_modelserve_batch_v1_PartitionLag)[];
  'createdAt'?: (string);
  'endpoint'?: (string);
}

export interface StreamJob__Output {
  'spec': (_modelserve_batch_v1_StreamJobSpec__Output | null);
  'status': (string);
  'failureReason': (string);
  'recordsIn': (number);
  'recordsOut': (number);
  'recordsDeadLettered': (number);
  'recordsPerSecond': (number);
  'lag': (_modelserve_batch_v1_PartitionLag__Output)[];
  'createdAt': (string);
  'endpoint': (string);
}
