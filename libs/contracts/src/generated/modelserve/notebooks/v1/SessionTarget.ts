// Original file: proto/modelserve/notebooks.proto


export interface SessionTarget {
  'address'?: (string);
  'jupyterToken'?: (string);
  'sessionExpiresAt'?: (string);
}

export interface SessionTarget__Output {
  'address': (string);
  'jupyterToken': (string);
  'sessionExpiresAt': (string);
}
