// Original file: proto/modelserve/training.proto

import type { MetricValue as _modelserve_batch_v1_MetricValue, MetricValue__Output as _modelserve_batch_v1_MetricValue__Output } from '../../../modelserve/batch/v1/MetricValue';

export interface MetricSeries {
  'metricName'?: (string);
  'values'?: (_modelserve_batch_v1_MetricValue)[];
}

export interface MetricSeries__Output {
  'metricName': (string);
  'values': (_modelserve_batch_v1_MetricValue__Output)[];
}
