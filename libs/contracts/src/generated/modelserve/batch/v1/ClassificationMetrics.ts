// Original file: proto/modelserve/monitoring.proto

import type { ClassMetrics as _modelserve_batch_v1_ClassMetrics, ClassMetrics__Output as _modelserve_batch_v1_ClassMetrics__Output } from '../../../modelserve/batch/v1/ClassMetrics';
import type { ConfusionMatrix as _modelserve_batch_v1_ConfusionMatrix, ConfusionMatrix__Output as _modelserve_batch_v1_ConfusionMatrix__Output } from '../../../modelserve/batch/v1/ConfusionMatrix';

export interface ClassificationMetrics {
  'accuracy'?: (number | string);
  'macroPrecision'?: (number | string);
  'macroRecall'?: (number | string);
  'macroF1'?: (number | string);
  'auc'?: (number | string);
  'classes'?: (_modelserve_batch_v1_ClassMetrics)[];
  'confusionMatrix'?: (_modelserve_batch_v1_ConfusionMatrix | null);
  '_auc'?: "auc";
}

export interface ClassificationMetrics__Output {
  'accuracy': (number);
  'macroPrecision': (number);
  'macroRecall': (number);
  'macroF1': (number);
  'auc'?: (number);
  'classes': (_modelserve_batch_v1_ClassMetrics__Output)[];
  'confusionMatrix': (_modelserve_batch_v1_ConfusionMatrix__Output | null);
  '_auc'?: "auc";
}
