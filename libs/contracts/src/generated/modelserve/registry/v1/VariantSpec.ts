// Original file: proto/modelserve/registry.proto

import type { BatchingSettings as _modelserve_v1_BatchingSettings, BatchingSettings__Output as _modelserve_v1_BatchingSettings__Output } from '../../../modelserve/v1/BatchingSettings';

export interface VariantSpec {
  'name'?: (string);
  'model'?: (string);
  'version'?: (number);
  'instanceCount'?: (number);
  'weight'?: (number | string);
  'alias'?: (string);
  'shadowSamplingPercent'?: (number | string);
  'batching'?: (_modelserve_v1_BatchingSettings | null);
}

export interface VariantSpec__Output {
  'name': (string);
  'model': (string);
  'version': (number);
  'instanceCount': (number);
  'weight': (number);
  'alias': (string);
  'shadowSamplingPercent': (number);
  'batching': (_modelserve_v1_BatchingSettings__Output | null);
}
