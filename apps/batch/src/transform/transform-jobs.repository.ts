import { conflict, notFound } from '@modelserve/common';
import type { TransformJobSpec__Output } from '@modelserve/contracts';
import { isUniqueViolation } from '@modelserve/database';
import type { UploadedPart } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { databaseNowPlus } from '../database/clock';
import { DB, type Db, type TransformJobsTable, type TransformObjectsTable, type TransformStatus } from '../database/schema';

export type TransformJobRow = Selectable<TransformJobsTable>;
export type TransformObjectRow = Selectable<TransformObjectsTable>;

/** What an object's checkpoint records: the parts uploaded and the input they cover. */
export interface ObjectCheckpoint {
  uploadId: string;
  parts: UploadedPart[];
  linesDone: number;
  bytesDone: number;
  recordsProcessed: number;
  recordsFailed: number;
}

export interface RecordError {
  line: number;
  reason: string;
}

/** Reasons are kept short: the error file is for finding records, not for storing them. */
const MAX_REASON_CHARS = 1000;

/** Transform jobs, their per-object checkpoints and failed records, in the batch service's tables. */
@Injectable()
export class TransformJobsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insert(spec: TransformJobSpec__Output): Promise<TransformJobRow> {
    try {
      return await this.db
        .insertInto('transform_jobs')
        .values({ name: spec.name, spec: JSON.stringify(spec), status: 'InProgress' })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`transform job ${spec.name} already exists`);
      throw error;
    }
  }

  async get(name: string): Promise<TransformJobRow> {
    const row = await this.db.selectFrom('transform_jobs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`transform job ${name} does not exist`);
    return row;
  }

  list(): Promise<TransformJobRow[]> {
    return this.db.selectFrom('transform_jobs').selectAll().orderBy('created_at', 'desc').execute();
  }

  async completedObjects(name: string): Promise<number> {
    const row = await this.db
      .selectFrom('transform_objects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('job', '=', name)
      .where('status', '=', 'Completed')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Asks the job's runner to stop; a job already finished is left as it is. */
  async requestStop(name: string): Promise<TransformJobRow> {
    await this.db
      .updateTable('transform_jobs')
      .set({ status: 'Stopping' })
      .where('name', '=', name)
      .where('status', '=', 'InProgress')
      .execute();
    return this.get(name);
  }

  /**
   * Claims one unfinished job for `owner`: one nobody holds, whose claim has lapsed, or that this
   * owner held before a restart. Jobs running here already are skipped.
   */
  async claim(owner: string, leaseMs: number, runningHere: string[]): Promise<TransformJobRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const candidate = await trx
        .selectFrom('transform_jobs')
        .select('name')
        .where('status', 'in', ['InProgress', 'Stopping'])
        .where((eb) => eb.or([eb('owner', 'is', null), eb('owner', '=', owner), eb('lease_expires_at', '<', sql<Date>`now()`)]))
        .$if(runningHere.length > 0, (qb) => qb.where('name', 'not in', runningHere))
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!candidate) return undefined;
      return trx
        .updateTable('transform_jobs')
        .set({
          owner,
          lease_expires_at: databaseNowPlus(leaseMs),
          started_at: sql<Date>`coalesce(started_at, now())`,
        })
        .where('name', '=', candidate.name)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  /** Renews the claim and saves progress; undefined when the claim was lost to another instance. */
  async renew(name: string, owner: string, leaseMs: number, progress: { processed: number; failed: number }) {
    const row = await this.db
      .updateTable('transform_jobs')
      .set({
        lease_expires_at: databaseNowPlus(leaseMs),
        records_processed: progress.processed,
        records_failed: progress.failed,
      })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .returning('status')
      .executeTakeFirst();
    return row?.status;
  }

  async setEndpoint(name: string, endpoint: string) {
    await this.db.updateTable('transform_jobs').set({ endpoint }).where('name', '=', name).execute();
  }

  /** Records the input objects once; a resumed job keeps the list it started with. */
  async addObjects(name: string, keys: string[]) {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < keys.length; i += 500) {
        await trx
          .insertInto('transform_objects')
          .values(keys.slice(i, i + 500).map((key) => ({ job: name, key })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      await trx.updateTable('transform_jobs').set({ objects_total: keys.length }).where('name', '=', name).execute();
    });
  }

  objects(name: string): Promise<TransformObjectRow[]> {
    return this.db.selectFrom('transform_objects').selectAll().where('job', '=', name).orderBy('key').execute();
  }

  async startObject(job: string, key: string, uploadId: string) {
    await this.db
      .updateTable('transform_objects')
      .set({
        status: 'InProgress',
        upload_id: uploadId,
        parts: '[]',
        lines_done: 0,
        bytes_done: 0,
        records_processed: 0,
        records_failed: 0,
      })
      .where('job', '=', job)
      .where('key', '=', key)
      .execute();
  }

  /** Saves failed records; a record reported again (after a resume) is kept once. */
  async addErrors(job: string, key: string, errors: readonly RecordError[]) {
    for (let i = 0; i < errors.length; i += 500) {
      await this.db
        .insertInto('transform_errors')
        .values(errors.slice(i, i + 500).map((e) => ({ job, key, line: e.line, reason: e.reason.slice(0, MAX_REASON_CHARS) })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  /** Errors of an object in line order, a page at a time. */
  errors(job: string, key: string, afterLine: number, limit: number) {
    return this.db
      .selectFrom('transform_errors')
      .select(['line', 'reason'])
      .where('job', '=', job)
      .where('key', '=', key)
      .where('line', '>', afterLine)
      .orderBy('line')
      .limit(limit)
      .execute();
  }

  async checkpoint(job: string, key: string, owner: string, state: ObjectCheckpoint): Promise<boolean> {
    const result = await this.db
      .updateTable('transform_objects')
      .set({
        upload_id: state.uploadId,
        parts: JSON.stringify(state.parts),
        lines_done: state.linesDone,
        bytes_done: state.bytesDone,
        records_processed: state.recordsProcessed,
        records_failed: state.recordsFailed,
      })
      .where('job', '=', job)
      .where('key', '=', key)
      // Only while this instance still holds the job.
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('transform_jobs').select('name').where('name', '=', job).where('owner', '=', owner)),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async completeObject(job: string, key: string, recordsProcessed: number) {
    const failed = await this.db
      .selectFrom('transform_errors')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('job', '=', job)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    await this.db
      .updateTable('transform_objects')
      .set({ status: 'Completed', upload_id: null, parts: '[]', records_processed: recordsProcessed, records_failed: Number(failed.n) })
      .where('job', '=', job)
      .where('key', '=', key)
      .execute();
  }

  /** Record counts of the objects finished so far. */
  async totals(job: string) {
    const row = await this.db
      .selectFrom('transform_objects')
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<string>('records_processed'), sql<string>`0`).as('processed'),
        eb.fn.coalesce(eb.fn.sum<string>('records_failed'), sql<string>`0`).as('failed'),
      ])
      .where('job', '=', job)
      .where('status', '=', 'Completed')
      .executeTakeFirstOrThrow();
    return { processed: Number(row.processed), failed: Number(row.failed) };
  }

  async finish(name: string, owner: string, status: TransformStatus, failureReason = '') {
    const totals = await this.totals(name);
    await this.db
      .updateTable('transform_jobs')
      .set({
        status,
        failure_reason: failureReason,
        records_processed: totals.processed,
        records_failed: totals.failed,
        owner: null,
        lease_expires_at: null,
        ended_at: sql<Date>`now()`,
      })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }
}
