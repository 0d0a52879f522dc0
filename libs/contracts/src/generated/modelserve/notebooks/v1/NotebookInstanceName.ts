// Original file: proto/modelserve/notebooks.proto


export interface NotebookInstanceName {
  'name'?: (string);
}

export interface NotebookInstanceName__Output {
  'name': (string);
}
