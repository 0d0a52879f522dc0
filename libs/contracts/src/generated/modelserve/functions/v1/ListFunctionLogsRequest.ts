// Original file: proto/modelserve/functions.proto

import type { Long } from '@grpc/proto-loader';

export interface ListFunctionLogsRequest {
  'function'?: (string);
  'limit'?: (number);
  'afterId'?: (number | string | Long);
  'requestId'?: (string);
}

export interface ListFunctionLogsRequest__Output {
  'function': (string);
  'limit': (number);
  'afterId': (number);
  'requestId': (string);
}
