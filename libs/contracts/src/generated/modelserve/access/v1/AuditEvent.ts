// Original file: proto/modelserve/access.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditEvent {
  'at'?: (string);
  'keyId'?: (string);
  'actor'?: (string);
  'action'?: (string);
  'resource'?: (string);
  'status'?: (number);
  'outcome'?: (string);
  'sourceAddress'?: (string);
  'requestId'?: (string);
  'method'?: (string);
  'path'?: (string);
  'id'?: (number | string | Long);
}

export interface AuditEvent__Output {
  'at': (string);
  'keyId': (string);
  'actor': (string);
  'action': (string);
  'resource': (string);
  'status': (number);
  'outcome': (string);
  'sourceAddress': (string);
  'requestId': (string);
  'method': (string);
  'path': (string);
  'id': (number);
}
