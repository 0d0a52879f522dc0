// Original file: proto/modelserve/notebooks.proto


export interface CreateNotebookInstanceRequest {
  'name'?: (string);
  'volumeSizeGb'?: (number);
  'lifecycleConfig'?: (string);
  'idleShutdownMinutes'?: (number);
  'environment'?: ({[key: string]: string});
  'creatorKeyId'?: (string);
}

export interface CreateNotebookInstanceRequest__Output {
  'name': (string);
  'volumeSizeGb': (number);
  'lifecycleConfig': (string);
  'idleShutdownMinutes': (number);
  'environment': ({[key: string]: string});
  'creatorKeyId': (string);
}
