// Original file: proto/modelserve/registry.proto


export interface ListEndpointConfigsRequest {
}

export interface ListEndpointConfigsRequest__Output {
}
