// Original file: proto/modelserve/training.proto

import type { MetricSeries as _modelserve_batch_v1_MetricSeries, MetricSeries__Output as _modelserve_batch_v1_MetricSeries__Output } from '../../../modelserve/batch/v1/MetricSeries';

export interface TrainingJobMetricsResponse {
  'series'?: (_modelserve_batch_v1_MetricSeries)[];
}

export interface TrainingJobMetricsResponse__Output {
  'series': (_modelserve_batch_v1_MetricSeries__Output)[];
}
