// Original file: proto/modelserve/registry.proto

import type { ModelVersion as _modelserve_registry_v1_ModelVersion, ModelVersion__Output as _modelserve_registry_v1_ModelVersion__Output } from '../../../modelserve/registry/v1/ModelVersion';

export interface ListModelVersionsResponse {
  'versions'?: (_modelserve_registry_v1_ModelVersion)[];
}

export interface ListModelVersionsResponse__Output {
  'versions': (_modelserve_registry_v1_ModelVersion__Output)[];
}
