// Original file: proto/modelserve/registry.proto


export interface ListEndpointsRequest {
}

export interface ListEndpointsRequest__Output {
}
