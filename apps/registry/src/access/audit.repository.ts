import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';

export interface AuditRecord {
  id: number;
  at: Date;
  keyId: string;
  actor: string;
  action: string;
  resource: string;
  status: number;
  outcome: string;
  sourceAddress: string;
  requestId: string;
  method: string;
  path: string;
}

export interface AuditFilter {
  limit: number;
  beforeId?: number;
  resource?: string;
  keyId?: string;
}

/** The audit trail: every change made through the platform's API, with who made it and how it ended. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async record(event: Omit<AuditRecord, 'id' | 'at'>): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        key_id: event.keyId,
        actor: event.actor,
        action: event.action,
        resource: event.resource,
        status: event.status,
        outcome: event.outcome,
        source_address: event.sourceAddress,
        request_id: event.requestId,
        method: event.method,
        path: event.path,
      })
      .execute();
  }

  /** Newest first. */
  async list(filter: AuditFilter): Promise<AuditRecord[]> {
    let query = this.db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(filter.limit);
    if (filter.beforeId) query = query.where('id', '<', filter.beforeId);
    if (filter.resource) query = query.where('resource', '=', filter.resource);
    if (filter.keyId) query = query.where('key_id', '=', filter.keyId);
    return (await query.execute()).map((row) => ({
      id: Number(row.id),
      at: row.at,
      keyId: row.key_id,
      actor: row.actor,
      action: row.action,
      resource: row.resource,
      status: row.status,
      outcome: row.outcome,
      sourceAddress: row.source_address,
      requestId: row.request_id,
      method: row.method,
      path: row.path,
    }));
  }
}
