// Original file: proto/modelserve/access.proto


export interface TakeQuotaResponse {
  'unlimited'?: (boolean);
  'granted'?: (number);
  'retryAfterMs'?: (number);
  'limitedBy'?: (string);
}

export interface TakeQuotaResponse__Output {
  'unlimited': (boolean);
  'granted': (number);
  'retryAfterMs': (number);
  'limitedBy': (string);
}
