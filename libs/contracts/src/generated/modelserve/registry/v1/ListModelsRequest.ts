// Original file: proto/modelserve/registry.proto


export interface ListModelsRequest {
}

export interface ListModelsRequest__Output {
}
