// Original file: proto/modelserve/functions.proto

import type { Long } from '@grpc/proto-loader';

export interface FunctionLogEntry {
  'function'?: (string);
  'version'?: (string);
  'requestId'?: (string);
  'at'?: (string);
  'stream'?: (string);
  'message'?: (string);
  'id'?: (number | string | Long);
}

export interface FunctionLogEntry__Output {
  'function': (string);
  'version': (string);
  'requestId': (string);
  'at': (string);
  'stream': (string);
  'message': (string);
  'id': (number);
}
