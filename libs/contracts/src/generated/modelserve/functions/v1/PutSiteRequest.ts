// Original file: proto/modelserve/functions.proto


export interface PutSiteRequest {
  'api'?: (string);
  'archive'?: (Buffer | Uint8Array | string);
}

export interface PutSiteRequest__Output {
  'api': (string);
  'archive': (Buffer);
}
