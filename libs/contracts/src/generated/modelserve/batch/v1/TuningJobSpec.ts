// Original file: proto/modelserve/tuning.proto

import type { TuningObjective as _modelserve_batch_v1_TuningObjective, TuningObjective__Output as _modelserve_batch_v1_TuningObjective__Output } from '../../../modelserve/batch/v1/TuningObjective';
import type { IntegerParameterRange as _modelserve_batch_v1_IntegerParameterRange, IntegerParameterRange__Output as _modelserve_batch_v1_IntegerParameterRange__Output } from '../../../modelserve/batch/v1/IntegerParameterRange';
import type { ContinuousParameterRange as _modelserve_batch_v1_ContinuousParameterRange, ContinuousParameterRange__Output as _modelserve_batch_v1_ContinuousParameterRange__Output } from '../../../modelserve/batch/v1/ContinuousParameterRange';
import type { CategoricalParameterRange as _modelserve_batch_v1_CategoricalParameterRange, CategoricalParameterRange__Output as _modelserve_batch_v1_CategoricalParameterRange__Output } from '../../../modelserve/batch/v1/CategoricalParameterRange';
import type { TrainingJobSpec as _modelserve_batch_v1_TrainingJobSpec, TrainingJobSpec__Output as _modelserve_batch_v1_TrainingJobSpec__Output } from '../../../modelserve/batch/v1/TrainingJobSpec';

export interface TuningJobSpec {
  'name'?: (string);
  'strategy'?: (string);
  'objective'?: (_modelserve_batch_v1_TuningObjective | null);
  'integerRanges'?: (_modelserve_batch_v1_IntegerParameterRange)[];
  'continuousRanges'?: (_modelserve_batch_v1_ContinuousParameterRange)[];
  'categoricalRanges'?: (_modelserve_batch_v1_CategoricalParameterRange)[];
  'maxTrainingJobs'?: (number);
  'maxParallelTrainingJobs'?: (number);
  'earlyStopping'?: (string);
  'hyperbandMinResource'?: (number);
  'hyperbandMaxResource'?: (number);
  'trainingJobDefinition'?: (_modelserve_batch_v1_TrainingJobSpec | null);
  'warmStartParents'?: (string)[];
  'warmStartType'?: (string);
  'randomSeed'?: (number);
}

export interface TuningJobSpec__Output {
  'name': (string);
  'strategy': (string);
  'objective': (_modelserve_batch_v1_TuningObjective__Output | null);
  'integerRanges': (_modelserve_batch_v1_IntegerParameterRange__Output)[];
  'continuousRanges': (_modelserve_batch_v1_ContinuousParameterRange__Output)[];
  'categoricalRanges': (_modelserve_batch_v1_CategoricalParameterRange__Output)[];
  'maxTrainingJobs': (number);
  'maxParallelTrainingJobs': (number);
  'earlyStopping': (string);
  'hyperbandMinResource': (number);
  'hyperbandMaxResource': (number);
  'trainingJobDefinition': (_modelserve_batch_v1_TrainingJobSpec__Output | null);
  'warmStartParents': (string)[];
  'warmStartType': (string);
  'randomSeed': (number);
}
