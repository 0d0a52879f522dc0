// Original file: proto/modelserve/functions.proto


export interface ListApisRequest {
}

export interface ListApisRequest__Output {
}
