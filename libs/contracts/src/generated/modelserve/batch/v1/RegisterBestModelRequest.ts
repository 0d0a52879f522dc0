// Original file: proto/modelserve/tuning.proto


export interface RegisterBestModelRequest {
  'tuningJob'?: (string);
  'model'?: (string);
}

export interface RegisterBestModelRequest__Output {
  'tuningJob': (string);
  'model': (string);
}
