// Original file: proto/modelserve/registry.proto

import type { TensorSpec as _modelserve_v1_TensorSpec, TensorSpec__Output as _modelserve_v1_TensorSpec__Output } from '../../../modelserve/v1/TensorSpec';
import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from '../../../modelserve/v1/RuntimeOptions';
import type { QualitySpec as _modelserve_registry_v1_QualitySpec, QualitySpec__Output as _modelserve_registry_v1_QualitySpec__Output } from '../../../modelserve/registry/v1/QualitySpec';
import type { TrainingLineage as _modelserve_registry_v1_TrainingLineage, TrainingLineage__Output as _modelserve_registry_v1_TrainingLineage__Output } from '../../../modelserve/registry/v1/TrainingLineage';
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
  'batchSupport'?: (string);
  'batchSupportDetail'?: (string);
  'runtime'?: (_modelserve_v1_RuntimeOptions | null);
  'quality'?: (_modelserve_registry_v1_QualitySpec | null);
  'lineage'?: (_modelserve_registry_v1_TrainingLineage | null);
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
  'batchSupport': (string);
  'batchSupportDetail': (string);
  'runtime': (_modelserve_v1_RuntimeOptions__Output | null);
  'quality': (_modelserve_registry_v1_QualitySpec__Output | null);
  'lineage': (_modelserve_registry_v1_TrainingLineage__Output | null);
}
