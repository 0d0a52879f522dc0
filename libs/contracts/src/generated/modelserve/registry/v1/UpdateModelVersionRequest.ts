// Original file: proto/modelserve/registry.proto

import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from '../../../modelserve/v1/RuntimeOptions';

export interface UpdateModelVersionRequest {
  'model'?: (string);
  'version'?: (number);
  'description'?: (string);
  'setTags'?: (boolean);
  'tags'?: ({[key: string]: string});
  'approvalStatus'?: (string);
  'runtime'?: (_modelserve_v1_RuntimeOptions | null);
  '_description'?: "description";
  '_approvalStatus'?: "approvalStatus";
}

export interface UpdateModelVersionRequest__Output {
  'model': (string);
  'version': (number);
  'description'?: (string);
  'setTags': (boolean);
  'tags': ({[key: string]: string});
  'approvalStatus'?: (string);
  'runtime': (_modelserve_v1_RuntimeOptions__Output | null);
  '_description'?: "description";
  '_approvalStatus'?: "approvalStatus";
}
