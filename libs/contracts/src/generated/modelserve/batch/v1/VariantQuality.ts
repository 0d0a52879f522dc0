// Original file: proto/modelserve/monitoring.proto

import type { ModelVersionRef as _modelserve_v1_ModelVersionRef, ModelVersionRef__Output as _modelserve_v1_ModelVersionRef__Output } from '../../../modelserve/v1/ModelVersionRef';
import type { ClassificationMetrics as _modelserve_batch_v1_ClassificationMetrics, ClassificationMetrics__Output as _modelserve_batch_v1_ClassificationMetrics__Output } from '../../../modelserve/batch/v1/ClassificationMetrics';
import type { RegressionMetrics as _modelserve_batch_v1_RegressionMetrics, RegressionMetrics__Output as _modelserve_batch_v1_RegressionMetrics__Output } from '../../../modelserve/batch/v1/RegressionMetrics';
import type { Long } from '@grpc/proto-loader';

export interface VariantQuality {
  'variant'?: (string);
  'model'?: (_modelserve_v1_ModelVersionRef | null);
  'problemType'?: (string);
  'predictions'?: (number | string | Long);
  'labelled'?: (number | string | Long);
  'coverage'?: (number | string);
  'classification'?: (_modelserve_batch_v1_ClassificationMetrics | null);
  'regression'?: (_modelserve_batch_v1_RegressionMetrics | null);
  'note'?: (string);
  'metrics'?: "classification"|"regression";
}

export interface VariantQuality__Output {
  'variant': (string);
  'model': (_modelserve_v1_ModelVersionRef__Output | null);
  'problemType': (string);
  'predictions': (number);
  'labelled': (number);
  'coverage': (number);
  'classification'?: (_modelserve_batch_v1_ClassificationMetrics__Output | null);
  'regression'?: (_modelserve_batch_v1_RegressionMetrics__Output | null);
  'note': (string);
  'metrics'?: "classification"|"regression";
}
