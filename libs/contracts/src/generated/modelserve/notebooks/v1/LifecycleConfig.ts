// Original file: proto/modelserve/notebooks.proto


export interface LifecycleConfig {
  'name'?: (string);
  'onCreate'?: (string);
  'onStart'?: (string);
  'createdAt'?: (string);
  'lastModifiedAt'?: (string);
}

export interface LifecycleConfig__Output {
  'name': (string);
  'onCreate': (string);
  'onStart': (string);
  'createdAt': (string);
  'lastModifiedAt': (string);
}
