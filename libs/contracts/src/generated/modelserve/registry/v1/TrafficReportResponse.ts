// Original file: proto/modelserve/registry.proto


export interface TrafficReportResponse {
}

export interface TrafficReportResponse__Output {
}
