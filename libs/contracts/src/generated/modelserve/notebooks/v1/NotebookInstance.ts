// Original file: proto/modelserve/notebooks.proto

import type { Long } from '@grpc/proto-loader';

export interface NotebookInstance {
  'name'?: (string);
  'status'?: (string);
  'failureReason'?: (string);
  'statusMessage'?: (string);
  'volumeSizeGb'?: (number);
  'lifecycleConfig'?: (string);
  'idleShutdownMinutes'?: (number);
  'environment'?: ({[key: string]: string});
  'creatorKeyId'?: (string);
  'createdAt'?: (string);
  'lastModifiedAt'?: (string);
  'volumeUsedBytes'?: (number | string | Long);
  'instanceKeyId'?: (string);
}

export interface NotebookInstance__Output {
  'name': (string);
  'status': (string);
  'failureReason': (string);
  'statusMessage': (string);
  'volumeSizeGb': (number);
  'lifecycleConfig': (string);
  'idleShutdownMinutes': (number);
  'environment': ({[key: string]: string});
  'creatorKeyId': (string);
  'createdAt': (string);
  'lastModifiedAt': (string);
  'volumeUsedBytes': (number);
  'instanceKeyId': (string);
}
