// Original file: proto/modelserve/functions.proto


export interface ListFunctionsRequest {
}

export interface ListFunctionsRequest__Output {
}
