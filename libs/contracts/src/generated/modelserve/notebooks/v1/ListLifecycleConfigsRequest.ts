// Original file: proto/modelserve/notebooks.proto


export interface ListLifecycleConfigsRequest {
}

export interface ListLifecycleConfigsRequest__Output {
}
