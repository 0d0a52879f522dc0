// Original file: proto/modelserve/registry.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { Histogram as _modelserve_registry_v1_Histogram, Histogram__Output as _modelserve_registry_v1_Histogram__Output } from '../../../modelserve/registry/v1/Histogram';
import type { Long } from '@grpc/proto-loader';

export interface VariantFigures {
  'endpoint'?: (string);
  'variant'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef | null);
  'ok'?: (number | string | Long);
  'clientErrors'?: (number | string | Long);
  'serverErrors'?: (number | string | Long);
  'latency'?: (_modelserve_registry_v1_Histogram | null);
  'overhead'?: (_modelserve_registry_v1_Histogram | null);
  'queueWait'?: (_modelserve_registry_v1_Histogram | null);
  'batchRows'?: (_modelserve_registry_v1_Histogram | null);
}

export interface VariantFigures__Output {
  'endpoint': (string);
  'variant': (string);
  'model': (_modelserve_v1_ModelVersionRef__Output | null);
  'ok': (number);
  'clientErrors': (number);
  'serverErrors': (number);
  'latency': (_modelserve_registry_v1_Histogram__Output | null);
  'overhead': (_modelserve_registry_v1_Histogram__Output | null);
  'queueWait': (_modelserve_registry_v1_Histogram__Output | null);
  'batchRows': (_modelserve_registry_v1_Histogram__Output | null);
}
