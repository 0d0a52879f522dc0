// Original file: proto/modelserve/notebooks.proto


export interface NotebookSession {
  'token'?: (string);
  'expiresAt'?: (string);
}

export interface NotebookSession__Output {
  'token': (string);
  'expiresAt': (string);
}
