// Original file: proto/modelserve/notebooks.proto

import type { NotebookInstance as _modelserve_notebooks_v1_NotebookInstance, NotebookInstance__Output as _modelserve_notebooks_v1_NotebookInstance__Output } from '../../../modelserve/notebooks/v1/NotebookInstance';

export interface ListNotebookInstancesResponse {
  'instances'?: (_modelserve_notebooks_v1_NotebookInstance)[];
}

export interface ListNotebookInstancesResponse__Output {
  'instances': (_modelserve_notebooks_v1_NotebookInstance__Output)[];
}
