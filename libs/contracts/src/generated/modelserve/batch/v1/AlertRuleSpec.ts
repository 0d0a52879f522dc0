// Original file: proto/modelserve/monitoring.proto


export interface AlertRuleSpec {
  'name'?: (string);
  'endpoint'?: (string);
  'streamJob'?: (string);
  'variant'?: (string);
  'metric'?: (string);
  'comparison'?: (string);
  'threshold'?: (number | string);
  'windowSeconds'?: (number);
  'webhookUrl'?: (string);
  'webhookSecret'?: (string);
}

export interface AlertRuleSpec__Output {
  'name': (string);
  'endpoint': (string);
  'streamJob': (string);
  'variant': (string);
  'metric': (string);
  'comparison': (string);
  'threshold': (number);
  'windowSeconds': (number);
  'webhookUrl': (string);
  'webhookSecret': (string);
}
