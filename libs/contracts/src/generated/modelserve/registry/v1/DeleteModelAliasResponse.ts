// Original file: proto/modelserve/registry.proto


export interface DeleteModelAliasResponse {
}

export interface DeleteModelAliasResponse__Output {
}
