// Original file: proto/modelserve/access.proto

import type { AuditEvent as _modelserve_access_v1_AuditEvent, AuditEvent__Output as _modelserve_access_v1_AuditEvent__Output } from '../../../modelserve/access/v1/AuditEvent';

export interface ListAuditEventsResponse {
  'events'?: (_modelserve_access_v1_AuditEvent)[];
}

export interface ListAuditEventsResponse__Output {
  'events': (_modelserve_access_v1_AuditEvent__Output)[];
}
