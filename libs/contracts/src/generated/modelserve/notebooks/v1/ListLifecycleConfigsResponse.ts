// Original file: proto/modelserve/notebooks.proto

import type { LifecycleConfig as _modelserve_notebooks_v1_LifecycleConfig, LifecycleConfig__Output as _modelserve_notebooks_v1_LifecycleConfig__Output } from '../../../modelserve/notebooks/v1/LifecycleConfig';

export interface ListLifecycleConfigsResponse {
  'configs'?: (_modelserve_notebooks_v1_LifecycleConfig)[];
}

export interface ListLifecycleConfigsResponse__Output {
  'configs': (_modelserve_notebooks_v1_LifecycleConfig__Output)[];
}
