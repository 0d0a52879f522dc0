// Original file: proto/modelserve/functions.proto

import type { ApiRoute as _modelserve_functions_v1_ApiRoute, ApiRoute__Output as _modelserve_functions_v1_ApiRoute__Output } from '../../../modelserve/functions/v1/ApiRoute';
import type { Cors as _modelserve_functions_v1_Cors, Cors__Output as _modelserve_functions_v1_Cors__Output } from '../../../modelserve/functions/v1/Cors';
import type { UsagePlan as _modelserve_functions_v1_UsagePlan, UsagePlan__Output as _modelserve_functions_v1_UsagePlan__Output } from '../../../modelserve/functions/v1/UsagePlan';
import type { Site as _modelserve_functions_v1_Site, Site__Output as _modelserve_functions_v1_Site__Output } from '../../../modelserve/functions/v1/Site';

export interface Api {
  'name'?: (string);
  'routes'?: (_modelserve_functions_v1_ApiRoute)[];
  'cors'?: (_modelserve_functions_v1_Cors | null);
  'auth'?: (string);
  'stages'?: (string)[];
  'maxBodyBytes'?: (number);
  'usagePlans'?: (_modelserve_functions_v1_UsagePlan)[];
  'site'?: (_modelserve_functions_v1_Site | null);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Api__Output {
  'name': (string);
  'routes': (_modelserve_functions_v1_ApiRoute__Output)[];
  'cors': (_modelserve_functions_v1_Cors__Output | null);
  'auth': (string);
  'stages': (string)[];
  'maxBodyBytes': (number);
  'usagePlans': (_modelserve_functions_v1_UsagePlan__Output)[];
  'site': (_modelserve_functions_v1_Site__Output | null);
  'createdAt': (string);
  'updatedAt': (string);
}
