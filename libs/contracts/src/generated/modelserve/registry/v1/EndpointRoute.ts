// Original file: proto/modelserve/registry.proto

import type { VariantRoute as _modelserve_registry_v1_VariantRoute, VariantRoute__Output as _modelserve_registry_v1_VariantRoute__Output } from '../../../modelserve/registry/v1/VariantRoute';
import type { DataCapture as _modelserve_registry_v1_DataCapture, DataCapture__Output as _modelserve_registry_v1_DataCapture__Output } from '../../../modelserve/registry/v1/DataCapture';
import type { AsyncInference as _modelserve_registry_v1_AsyncInference, AsyncInference__Output as _modelserve_registry_v1_AsyncInference__Output } from '../../../modelserve/registry/v1/AsyncInference';

export interface EndpointRoute {
  'name'?: (string);
  'status'?: (string);
  'variants'?: (_modelserve_registry_v1_VariantRoute)[];
  'dataCapture'?: (_modelserve_registry_v1_DataCapture | null);
  'asyncInference'?: (_modelserve_registry_v1_AsyncInference | null);
}

export interface EndpointRoute__Output {
  'name': (string);
  'status': (string);
  'variants': (_modelserve_registry_v1_VariantRoute__Output)[];
  'dataCapture': (_modelserve_registry_v1_DataCapture__Output | null);
  'asyncInference': (_modelserve_registry_v1_AsyncInference__Output | null);
}
