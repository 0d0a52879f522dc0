// Original file: proto/modelserve/notebooks.proto


export interface ListNotebookInstancesRequest {
}

export interface ListNotebookInstancesRequest__Output {
}
