// Original file: proto/modelserve/notebooks.proto


export interface LifecycleConfigName {
  'name'?: (string);
}

export interface LifecycleConfigName__Output {
  'name': (string);
}
