// Original file: proto/modelserve/registry.proto


export interface DeploymentOptions {
  'strategy'?: (string);
  'stepPercent'?: (number | string);
  'waitSeconds'?: (number | string);
  'maxErrorRatePercent'?: (number | string);
  'maxP99Ms'?: (number | string);
  'minRequests'?: (number);
  'alarms'?: (string)[];
  '_maxErrorRatePercent'?: "maxErrorRatePercent";
  '_maxP99Ms'?: "maxP99Ms";
}

export interface DeploymentOptions__Output {
  'strategy': (string);
  'stepPercent': (number);
  'waitSeconds': (number);
  'maxErrorRatePercent'?: (number);
  'maxP99Ms'?: (number);
  'minRequests': (number);
  'alarms': (string)[];
  '_maxErrorRatePercent'?: "maxErrorRatePercent";
  '_maxP99Ms'?: "maxP99Ms";
}
