// Original file: proto/modelserve/registry.proto

import type { RuntimeOptions as _modelserve_v1_RuntimeOptions, RuntimeOptions__Output as _modelserve_v1_RuntimeOptions__Output } from '../../../modelserve/v1/RuntimeOptions';
import type { QualitySpec as _modelserve_registry_v1_QualitySpec, QualitySpec__Output as _modelserve_registry_v1_QualitySpec__Output } from '../../../modelserve/registry/v1/QualitySpec';

export interface UpdateModelVersionRequest {
  'model'?: (string);
  'version'?: (number);
  'description'?: (string);
  'setTags'?: (boolean);
  'tags'?: ({[key: string]: string});
  'approvalStatus'?: (string);
  'runtime'?: (_modelserve_v1_RuntimeOptions | null);
  'quality'?: (_modelserve_registry_v1_QualitySpec | null);
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
  'quality': (_modelserve_registry_v1_QualitySpec__Output | null);
  '_description'?: "description";
  '_approvalStatus'?: "approvalStatus";
}
