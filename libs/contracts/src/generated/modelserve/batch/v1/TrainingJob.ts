// Original file: proto/modelserve/training.proto

import type { TrainingJobSpec as _modelserve_batch_v1_TrainingJobSpec, TrainingJobSpec__Output as _modelserve_batch_v1_TrainingJobSpec__Output } from '../../../modelserve/batch/v1/TrainingJobSpec';
import type { SecondaryStatusTransition as _modelserve_batch_v1_SecondaryStatusTransition, SecondaryStatusTransition__Output as _modelserve_batch_v1_SecondaryStatusTransition__Output } from '../../../modelserve/batch/v1/SecondaryStatusTransition';
import type { MetricValue as _modelserve_batch_v1_MetricValue, MetricValue__Output as _modelserve_batch_v1_MetricValue__Output } from '../../../modelserve/batch/v1/MetricValue';
import type { Long } from '@grpc/proto-loader';

export interface TrainingJob {
  'spec'?: (_modelserve_batch_v1_TrainingJobSpec | null);
  'status'?: (string);
  'secondaryStatus'?: (string);
  'secondaryStatusTransitions'?: (_modelserve_batch_v1_SecondaryStatusTransition)[];
  'failureReason'?: (string);
  'createdAt'?: (string);
  'trainingStartTime'?: (string);
  'trainingEndTime'?: (string);
  'billableSeconds'?: (number | string | Long);
  'finalMetricDataList'?: (_modelserve_batch_v1_MetricValue)[];
  'modelArtifacts'?: (string);
  'outputData'?: (string);
  'registeredModel'?: (string);
  'registeredVersion'?: (number);
  'restarts'?: (number);
  'tuningJob'?: (string);
}

export interface TrainingJob__Output {
  'spec': (_modelserve_batch_v1_TrainingJobSpec__Output | null);
  'status': (string);
  'secondaryStatus': (string);
  'secondaryStatusTransitions': (_modelserve_batch_v1_SecondaryStatusTransition__Output)[];
  'failureReason': (string);
  'createdAt': (string);
  'trainingStartTime': (string);
  'trainingEndTime': (string);
  'billableSeconds': (number);
  'finalMetricDataList': (_modelserve_batch_v1_MetricValue__Output)[];
  'modelArtifacts': (string);
  'outputData': (string);
  'registeredModel': (string);
  'registeredVersion': (number);
  'restarts': (number);
  'tuningJob': (string);
}
