// Original file: proto/modelserve/registry.proto

import type { Long } from '@grpc/proto-loader';

export interface _modelserve_registry_v1_UploadModelVersionRequest_Header {
  'model'?: (string);
  'maxBytes'?: (number | string | Long);
}

export interface _modelserve_registry_v1_UploadModelVersionRequest_Header__Output {
  'model': (string);
  'maxBytes': (number);
}

export interface UploadModelVersionRequest {
  'header'?: (_modelserve_registry_v1_UploadModelVersionRequest_Header | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "header"|"chunk";
}

export interface UploadModelVersionRequest__Output {
  'header'?: (_modelserve_registry_v1_UploadModelVersionRequest_Header__Output | null);
  'chunk'?: (Buffer);
  'part'?: "header"|"chunk";
}
