// Original file: proto/modelserve/monitoring.proto


export interface AlertEvent {
  'rule'?: (string);
  'state'?: (string);
  'value'?: (number | string);
  'description'?: (string);
  'at'?: (string);
  'deliveredAt'?: (string);
  'deliveryAttempts'?: (number);
  'deliveryError'?: (string);
  '_value'?: "value";
}

export interface AlertEvent__Output {
  'rule': (string);
  'state': (string);
  'value'?: (number);
  'description': (string);
  'at': (string);
  'deliveredAt': (string);
  'deliveryAttempts': (number);
  'deliveryError': (string);
  '_value'?: "value";
}
