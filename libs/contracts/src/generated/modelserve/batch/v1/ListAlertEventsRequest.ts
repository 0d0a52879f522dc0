// Original file: proto/modelserve/monitoring.proto


export interface ListAlertEventsRequest {
  'rule'?: (string);
  'limit'?: (number);
}

export interface ListAlertEventsRequest__Output {
  'rule': (string);
  'limit': (number);
}
