// Original file: proto/modelserve/access.proto


export interface TakeQuotaRequest {
  'subject'?: (string);
  'want'?: (number);
}

export interface TakeQuotaRequest__Output {
  'subject': (string);
  'want': (number);
}
