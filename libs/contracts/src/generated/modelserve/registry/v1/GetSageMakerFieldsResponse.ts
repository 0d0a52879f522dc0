// Original file: proto/modelserve/registry.proto

import type { SageMakerFields as _modelserve_registry_v1_SageMakerFields, SageMakerFields__Output as _modelserve_registry_v1_SageMakerFields__Output } from '../../../modelserve/registry/v1/SageMakerFields';

export interface GetSageMakerFieldsResponse {
  'fields'?: (_modelserve_registry_v1_SageMakerFields)[];
}

export interface GetSageMakerFieldsResponse__Output {
  'fields': (_modelserve_registry_v1_SageMakerFields__Output)[];
}
