// Original file: proto/modelserve/registry.proto

import type { VariantSpec as _modelserve_registry_v1_VariantSpec, VariantSpec__Output as _modelserve_registry_v1_VariantSpec__Output } from '../../../modelserve/registry/v1/VariantSpec';
import type { DataCapture as _modelserve_registry_v1_DataCapture, DataCapture__Output as _modelserve_registry_v1_DataCapture__Output } from '../../../modelserve/registry/v1/DataCapture';
import type { AsyncInference as _modelserve_registry_v1_AsyncInference, AsyncInference__Output as _modelserve_registry_v1_AsyncInference__Output } from '../../../modelserve/registry/v1/AsyncInference';

export interface EndpointConfig {
  'name'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantSpec)[];
  'createdAt'?: (string);
  'dataCapture'?: (_modelserve_registry_v1_DataCapture | null);
  'asyncInference'?: (_modelserve_registry_v1_AsyncInference | null);
}

export interface EndpointConfig__Output {
  'name': (string);
  'variants': (_modelserve_registry_v1_VariantSpec__Output)[];
  'createdAt': (string);
  'dataCapture': (_modelserve_registry_v1_DataCapture__Output | null);
  'asyncInference': (_modelserve_registry_v1_AsyncInference__Output | null);
}
