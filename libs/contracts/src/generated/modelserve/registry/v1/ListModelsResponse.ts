// Original file: proto/modelserve/registry.proto

import type { Model as _modelserve_registry_v1_Model, Model__Output as _modelserve_registry_v1_Model__Output } from '../../../modelserve/registry/v1/Model';

export interface ListModelsResponse {
  'models'?: (_modelserve_registry_v1_Model)[];
}

export interface ListModelsResponse__Output {
  'models': (_modelserve_registry_v1_Model__Output)[];
}
