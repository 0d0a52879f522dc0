// Original file: proto/modelserve/access.proto


export interface RecordAuditResponse {
}

export interface RecordAuditResponse__Output {
}
