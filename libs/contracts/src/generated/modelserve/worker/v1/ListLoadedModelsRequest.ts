// Original file: proto/modelserve/worker_control.proto


export interface ListLoadedModelsRequest {
}

export interface ListLoadedModelsRequest__Output {
}
