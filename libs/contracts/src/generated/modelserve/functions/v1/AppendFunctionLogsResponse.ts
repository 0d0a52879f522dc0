// Original file: proto/modelserve/functions.proto


export interface AppendFunctionLogsResponse {
}

export interface AppendFunctionLogsResponse__Output {
}
