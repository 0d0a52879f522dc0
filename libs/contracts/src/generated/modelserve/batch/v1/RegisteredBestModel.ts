// Original file: proto/modelserve/tuning.proto


export interface RegisteredBestModel {
  'model'?: (string);
  'version'?: (number);
  'trainingJob'?: (string);
}

export interface RegisteredBestModel__Output {
  'model': (string);
  'version': (number);
  'trainingJob': (string);
}
