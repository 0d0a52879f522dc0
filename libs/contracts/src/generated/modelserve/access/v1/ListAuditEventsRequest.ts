// Original file: proto/modelserve/access.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAuditEventsRequest {
  'limit'?: (number);
  'beforeId'?: (number | string | Long);
  'resource'?: (string);
  'keyId'?: (string);
}

export interface ListAuditEventsRequest__Output {
  'limit': (number);
  'beforeId': (number);
  'resource': (string);
  'keyId': (string);
}
