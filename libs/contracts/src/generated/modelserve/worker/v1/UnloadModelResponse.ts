// Original file: proto/modelserve/worker_control.proto


export interface UnloadModelResponse {
  'unloaded'?: (boolean);
}

export interface UnloadModelResponse__Output {
  'unloaded': (boolean);
}
