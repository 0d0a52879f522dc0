// Original file: proto/modelserve/monitoring.proto

import type { Long } from '@grpc/proto-loader';

export interface GroundTruthAccepted {
  'accepted'?: (number | string | Long);
  'rejected'?: (number | string | Long);
  'errors'?: (string)[];
}

export interface GroundTruthAccepted__Output {
  'accepted': (number);
  'rejected': (number);
  'errors': (string)[];
}
