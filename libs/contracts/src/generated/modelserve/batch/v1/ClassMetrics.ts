// Original file: proto/modelserve/monitoring.proto

import type { Long } from '@grpc/proto-loader';

export interface ClassMetrics {
  'label'?: (string);
  'precision'?: (number | string);
  'recall'?: (number | string);
  'f1'?: (number | string);
  'support'?: (number | string | Long);
}

export interface ClassMetrics__Output {
  'label': (string);
  'precision': (number);
  'recall': (number);
  'f1': (number);
  'support': (number);
}
