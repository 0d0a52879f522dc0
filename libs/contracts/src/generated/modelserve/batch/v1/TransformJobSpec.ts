// Original file: proto/modelserve/batch.proto

import type { PredictionTarget as _modelserve_batch_v1_PredictionTarget, PredictionTarget__Output as _modelserve_batch_v1_PredictionTarget__Output } from '../../../modelserve/batch/v1/PredictionTarget';
import type { TransformInput as _modelserve_batch_v1_TransformInput, TransformInput__Output as _modelserve_batch_v1_TransformInput__Output } from '../../../modelserve/batch/v1/TransformInput';
import type { TransformOutput as _modelserve_batch_v1_TransformOutput, TransformOutput__Output as _modelserve_batch_v1_TransformOutput__Output } from '../../../modelserve/batch/v1/TransformOutput';
import type { DataProcessing as _modelserve_batch_v1_DataProcessing, DataProcessing__Output as _modelserve_batch_v1_DataProcessing__Output } from '../../../modelserve/batch/v1/DataProcessing';

export interface TransformJobSpec {
  'name'?: (string);
  'target'?: (_modelserve_batch_v1_PredictionTarget | null);
  'input'?: (_modelserve_batch_v1_TransformInput | null);
  'output'?: (_modelserve_batch_v1_TransformOutput | null);
  'batchStrategy'?: (string);
  'maxPayloadMb'?: (number | string);
  'maxConcurrentTransforms'?: (number);
  'dataProcessing'?: (_modelserve_batch_v1_DataProcessing | null);
  'maxFailedRecordsPercent'?: (number | string);
}

export interface TransformJobSpec__Output {
  'name': (string);
  'target': (_modelserve_batch_v1_PredictionTarget__Output | null);
  'input': (_modelserve_batch_v1_TransformInput__Output | null);
  'output': (_modelserve_batch_v1_TransformOutput__Output | null);
  'batchStrategy': (string);
  'maxPayloadMb': (number);
  'maxConcurrentTransforms': (number);
  'dataProcessing': (_modelserve_batch_v1_DataProcessing__Output | null);
  'maxFailedRecordsPercent': (number);
}
