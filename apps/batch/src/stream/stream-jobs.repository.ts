import { conflict, notFound } from '@modelserve/common';
import type { StreamJobSpec__Output } from '@modelserve/contracts';
import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { DB, type Db, type StreamJobsTable, type StreamStatus } from '../database/schema';

export type StreamJobRow = Selectable<StreamJobsTable>;

export interface StreamCounters {
  recordsIn: number;
  recordsOut: number;
  deadLettered: number;
  recordsPerSecond: number;
}

/** Stream jobs and the counters each batch instance reports for them. */
@Injectable()
export class StreamJobsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insert(spec: StreamJobSpec__Output, endpoint: string): Promise<StreamJobRow> {
    try {
      return await this.db
        .insertInto('stream_jobs')
        .values({ name: spec.name, spec: JSON.stringify(spec), status: 'Running', endpoint })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`stream job ${spec.name} already exists`);
      throw error;
    }
  }

  async get(name: string): Promise<StreamJobRow> {
    const row = await this.db.selectFrom('stream_jobs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`stream job ${name} does not exist`);
    return row;
  }

  list(): Promise<StreamJobRow[]> {
    return this.db.selectFrom('stream_jobs').selectAll().orderBy('created_at', 'desc').execute();
  }

  async setStatus(name: string, status: StreamStatus, failureReason = ''): Promise<StreamJobRow> {
    const row = await this.db
      .updateTable('stream_jobs')
      .set({ status, failure_reason: failureReason, updated_at: new Date() })
      .where('name', '=', name)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound(`stream job ${name} does not exist`);
    return row;
  }

  async delete(name: string): Promise<StreamJobRow> {
    const row = await this.db.deleteFrom('stream_jobs').where('name', '=', name).returningAll().executeTakeFirst();
    if (!row) throw notFound(`stream job ${name} does not exist`);
    return row;
  }

  /** Adds an instance's counts since its last report (so they survive its restarts) and sets its current rate. */
  async report(job: string, instance: string, delta: StreamCounters) {
    await this.db
      .insertInto('stream_job_counters')
      .values({
        job,
        instance,
        records_in: delta.recordsIn,
        records_out: delta.recordsOut,
        records_dead_lettered: delta.deadLettered,
        records_per_second: delta.recordsPerSecond,
      })
      .onConflict((oc) =>
        oc.columns(['job', 'instance']).doUpdateSet({
          records_in: sql`stream_job_counters.records_in + excluded.records_in`,
          records_out: sql`stream_job_counters.records_out + excluded.records_out`,
          records_dead_lettered: sql`stream_job_counters.records_dead_lettered + excluded.records_dead_lettered`,
          records_per_second: sql`excluded.records_per_second`,
          updated_at: sql`now()`,
        }),
      )
      // The job may have been deleted meanwhile.
      .execute()
      .catch((error: unknown) => {
        if ((error as { code?: string }).code !== '23503') throw error;
      });
  }

  /** Counters summed over instances; the rate only over instances that reported in the last minute. */
  async counters(job: string): Promise<StreamCounters> {
    const row = await this.db
      .selectFrom('stream_job_counters')
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<string>('records_in'), sql<string>`0`).as('in'),
        eb.fn.coalesce(eb.fn.sum<string>('records_out'), sql<string>`0`).as('out'),
        eb.fn.coalesce(eb.fn.sum<string>('records_dead_lettered'), sql<string>`0`).as('dead'),
        sql<string>`coalesce(sum(records_per_second) filter (where updated_at > now() - interval '1 minute'), 0)`.as('rate'),
      ])
      .where('job', '=', job)
      .executeTakeFirstOrThrow();
    return { recordsIn: Number(row.in), recordsOut: Number(row.out), deadLettered: Number(row.dead), recordsPerSecond: Number(row.rate) };
  }
}
