// Original file: proto/modelserve/functions.proto

import type { Site as _modelserve_functions_v1_Site, Site__Output as _modelserve_functions_v1_Site__Output } from '../../../modelserve/functions/v1/Site';

export interface SiteArchive {
  'site'?: (_modelserve_functions_v1_Site | null);
  'archive'?: (Buffer | Uint8Array | string);
}

export interface SiteArchive__Output {
  'site': (_modelserve_functions_v1_Site__Output | null);
  'archive': (Buffer);
}
