// Original file: proto/modelserve/registry.proto


export interface DeploymentStatus {
  'fromConfig'?: (string);
  'toConfig'?: (string);
  'strategy'?: (string);
  'phase'?: (string);
  'trafficPercent'?: (number | string);
  'startedAt'?: (string);
  'reason'?: (string);
}

export interface DeploymentStatus__Output {
  'fromConfig': (string);
  'toConfig': (string);
  'strategy': (string);
  'phase': (string);
  'trafficPercent': (number);
  'startedAt': (string);
  'reason': (string);
}
