// Original file: proto/modelserve/registry.proto


export interface Model {
  'name'?: (string);
  'description'?: (string);
  'createdAt'?: (string);
  'latestVersion'?: (number);
}

export interface Model__Output {
  'name': (string);
  'description': (string);
  'createdAt': (string);
  'latestVersion': (number);
}
