// Original file: proto/modelserve/tuning.proto


export interface TuningTrainingJob {
  'name'?: (string);
  'status'?: (string);
  'tunedHyperParameters'?: ({[key: string]: string});
  'hasObjective'?: (boolean);
  'objectiveValue'?: (number | string);
  'objectiveStatus'?: (string);
  'earlyStopped'?: (boolean);
  'failureReason'?: (string);
  'createdAt'?: (string);
  'endedAt'?: (string);
  'tuningJob'?: (string);
}

export interface TuningTrainingJob__Output {
  'name': (string);
  'status': (string);
  'tunedHyperParameters': ({[key: string]: string});
  'hasObjective': (boolean);
  'objectiveValue': (number);
  'objectiveStatus': (string);
  'earlyStopped': (boolean);
  'failureReason': (string);
  'createdAt': (string);
  'endedAt': (string);
  'tuningJob': (string);
}
