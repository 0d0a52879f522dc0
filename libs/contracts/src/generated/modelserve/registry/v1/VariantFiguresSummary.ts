// Original file: proto/modelserve/registry.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { Quantiles as _modelserve_registry_v1_Quantiles, Quantiles__Output as _modelserve_registry_v1_Quantiles__Output } from '../../../modelserve/registry/v1/Quantiles';
import type { Long } from '@grpc/proto-loader';

export interface VariantFiguresSummary {
  'variant'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef | null);
  'invocations'?: (number | string | Long);
  'clientErrors'?: (number | string | Long);
  'serverErrors'?: (number | string | Long);
  'latency'?: (_modelserve_registry_v1_Quantiles | null);
  'modelLatency'?: (_modelserve_registry_v1_Quantiles | null);
  'overheadLatency'?: (_modelserve_registry_v1_Quantiles | null);
  'queueWait'?: (_modelserve_registry_v1_Quantiles | null);
  'batchRows'?: (_modelserve_registry_v1_Quantiles | null);
  'desiredInstanceCount'?: (number);
  'readyInstanceCount'?: (number);
  'weight'?: (number | string);
  'shadowSamplingPercent'?: (number | string);
  'modelErrors'?: (number | string | Long);
}

export interface VariantFiguresSummary__Output {
  'variant': (string);
  'model': (_modelserve_v1_ModelVersionRef__Output | null);
  'invocations': (number);
  'clientErrors': (number);
  'serverErrors': (number);
  'latency': (_modelserve_registry_v1_Quantiles__Output | null);
  'modelLatency': (_modelserve_registry_v1_Quantiles__Output | null);
  'overheadLatency': (_modelserve_registry_v1_Quantiles__Output | null);
  'queueWait': (_modelserve_registry_v1_Quantiles__Output | null);
  'batchRows': (_modelserve_registry_v1_Quantiles__Output | null);
  'desiredInstanceCount': (number);
  'readyInstanceCount': (number);
  'weight': (number);
  'shadowSamplingPercent': (number);
  'modelErrors': (number);
}
