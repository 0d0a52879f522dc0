// Original file: proto/modelserve/access.proto


export interface ListApiKeysRequest {
}

export interface ListApiKeysRequest__Output {
}
