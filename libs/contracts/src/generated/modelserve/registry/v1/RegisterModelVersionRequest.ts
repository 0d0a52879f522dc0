// Original file: proto/modelserve/registry.proto

import type { TrainingLineage as _modelserve_registry_v1_TrainingLineage, TrainingLineage__Output as _modelserve_registry_v1_TrainingLineage__Output } from '../../../modelserve/registry/v1/TrainingLineage';

export interface RegisterModelVersionRequest {
  'model'?: (string);
  'artifactUri'?: (string);
  'description'?: (string);
  'tags'?: ({[key: string]: string});
  'lineage'?: (_modelserve_registry_v1_TrainingLineage | null);
}

export interface RegisterModelVersionRequest__Output {
  'model': (string);
  'artifactUri': (string);
  'description': (string);
  'tags': ({[key: string]: string});
  'lineage': (_modelserve_registry_v1_TrainingLineage__Output | null);
}
