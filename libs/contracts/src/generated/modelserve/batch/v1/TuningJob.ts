// Original file: proto/modelserve/tuning.proto

import type { TuningJobSpec as _modelserve_batch_v1_TuningJobSpec, TuningJobSpec__Output as _modelserve_batch_v1_TuningJobSpec__Output } from '../../../modelserve/batch/v1/TuningJobSpec';
import type { TuningTrainingJob as _modelserve_batch_v1_TuningTrainingJob, TuningTrainingJob__Output as _modelserve_batch_v1_TuningTrainingJob__Output } from '../../../modelserve/batch/v1/TuningTrainingJob';

export interface TuningJob {
  'spec'?: (_modelserve_batch_v1_TuningJobSpec | null);
  'status'?: (string);
  'failureReason'?: (string);
  'createdAt'?: (string);
  'endedAt'?: (string);
  'trainingJobs'?: (_modelserve_batch_v1_TuningTrainingJob)[];
  'bestTrainingJob'?: (_modelserve_batch_v1_TuningTrainingJob | null);
  'overallBestTrainingJob'?: (_modelserve_batch_v1_TuningTrainingJob | null);
  'trainingJobStatusCounters'?: ({[key: string]: number});
  'objectiveStatusCounters'?: ({[key: string]: number});
  'registeredModel'?: (string);
  'registeredVersion'?: (number);
}

export interface TuningJob__Output {
  'spec': (_modelserve_batch_v1_TuningJobSpec__Output | null);
  'status': (string);
  'failureReason': (string);
  'createdAt': (string);
  'endedAt': (string);
  'trainingJobs': (_modelserve_batch_v1_TuningTrainingJob__Output)[];
  'bestTrainingJob': (_modelserve_batch_v1_TuningTrainingJob__Output | null);
  'overallBestTrainingJob': (_modelserve_batch_v1_TuningTrainingJob__Output | null);
  'trainingJobStatusCounters': ({[key: string]: number});
  'objectiveStatusCounters': ({[key: string]: number});
  'registeredModel': (string);
  'registeredVersion': (number);
}
