// Original file: proto/modelserve/access.proto


export interface SigV4Scope {
  'accessKeyId'?: (string);
  'date'?: (string);
  'region'?: (string);
  'service'?: (string);
}

export interface SigV4Scope__Output {
  'accessKeyId': (string);
  'date': (string);
  'region': (string);
  'service': (string);
}
