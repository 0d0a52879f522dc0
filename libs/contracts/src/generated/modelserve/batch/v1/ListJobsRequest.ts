// Original file: proto/modelserve/batch.proto


export interface ListJobsRequest {
}

export interface ListJobsRequest__Output {
}
