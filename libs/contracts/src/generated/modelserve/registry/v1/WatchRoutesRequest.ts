// Original file: proto/modelserve/registry.proto


export interface WatchRoutesRequest {
}

export interface WatchRoutesRequest__Output {
}
