// Original file: proto/modelserve/registry.proto

import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from '../../../modelserve/v1/TensorSpec';
import type { Long } from '@grpc/proto-loader';

export interface ModelVersion {
  'model'?: (string);
  'version'?: (number);
  'artifactUri'?: (string);
  'sha256'?: (string);
  'sizeBytes'?: (number | string | Long);
  'inputs'?: (_modelserve_v1_TensorSpec)[];
  'outputs'?: (_modelserve_v1_TensorSpec)[];
  'createdAt'?: (string);
  'description'?: (string);
  'tags'?: ({[key: string]: string});
  'approvalStatus'?: (string);
  'aliases'?: (string)[];
}

export interface ModelVersion__Output {
  'model': (string);
  'version': (number);
  'artifactUri': (string);
  'sha256': (string);
  'sizeBytes': (number);
  'inputs': (_modelserve_v1_TensorSpec__Output)[];
  'outputs': (_modelserve_v1_TensorSpec__Output)[];
  'createdAt': (string);
  'description': (string);
  'tags': ({[key: string]: string});
  'approvalStatus': (string);
  'aliases': (string)[];
}
