// Original file: proto/modelserve/training.proto


export interface TrainingChannel {
  'channelName'?: (string);
  's3Uri'?: (string);
  'contentType'?: (string);
  'inputMode'?: (string);
}

export interface TrainingChannel__Output {
  'channelName': (string);
  's3Uri': (string);
  'contentType': (string);
  'inputMode': (string);
}
