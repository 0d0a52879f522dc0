// Original file: proto/modelserve/training.proto

import type { TrainingAlgorithm as _modelserve_batch_v1_TrainingAlgorithm, TrainingAlgorithm__Output as _modelserve_batch_v1_TrainingAlgorithm__Output } from '../../../modelserve/batch/v1/TrainingAlgorithm';
import type { TrainingChannel as _modelserve_batch_v1_TrainingChannel, TrainingChannel__Output as _modelserve_batch_v1_TrainingChannel__Output } from '../../../modelserve/batch/v1/TrainingChannel';
import type { MetricDefinition as _modelserve_batch_v1_MetricDefinition, MetricDefinition__Output as _modelserve_batch_v1_MetricDefinition__Output } from '../../../modelserve/batch/v1/MetricDefinition';
import type { ModelRegistration as _modelserve_batch_v1_ModelRegistration, ModelRegistration__Output as _modelserve_batch_v1_ModelRegistration__Output } from '../../../modelserve/batch/v1/ModelRegistration';

export interface TrainingJobSpec {
  'name'?: (string);
  'algorithm'?: (_modelserve_batch_v1_TrainingAlgorithm | null);
  'hyperParameters'?: ({[key: string]: string});
  'inputDataConfig'?: (_modelserve_batch_v1_TrainingChannel)[];
  's3OutputPath'?: (string);
  'instanceCount'?: (number);
  'volumeSizeGb'?: (number);
  'maxRuntimeSeconds'?: (number);
  'metricDefinitions'?: (_modelserve_batch_v1_MetricDefinition)[];
  'checkpointS3Uri'?: (string);
  'environment'?: ({[key: string]: string});
  'modelRegistration'?: (_modelserve_batch_v1_ModelRegistration | null);
}

export interface TrainingJobSpec__Output {
  'name': (string);
  'algorithm': (_modelserve_batch_v1_TrainingAlgorithm__Output | null);
  'hyperParameters': ({[key: string]: string});
  'inputDataConfig': (_modelserve_batch_v1_TrainingChannel__Output)[];
  's3OutputPath': (string);
  'instanceCount': (number);
  'volumeSizeGb': (number);
  'maxRuntimeSeconds': (number);
  'metricDefinitions': (_modelserve_batch_v1_MetricDefinition__Output)[];
  'checkpointS3Uri': (string);
  'environment': ({[key: string]: string});
  'modelRegistration': (_modelserve_batch_v1_ModelRegistration__Output | null);
}
