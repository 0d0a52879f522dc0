// Original file: proto/modelserve/notebooks.proto


export interface UpdateNotebookInstanceRequest {
  'name'?: (string);
  'updateMask'?: (string)[];
  'volumeSizeGb'?: (number);
  'lifecycleConfig'?: (string);
  'idleShutdownMinutes'?: (number);
  'environment'?: ({[key: string]: string});
}

export interface UpdateNotebookInstanceRequest__Output {
  'name': (string);
  'updateMask': (string)[];
  'volumeSizeGb': (number);
  'lifecycleConfig': (string);
  'idleShutdownMinutes': (number);
  'environment': ({[key: string]: string});
}
