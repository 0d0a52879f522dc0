import { Inject, Injectable } from '@nestjs/common';
import { sql, type Insertable, type Selectable } from 'kysely';
import { databaseNowPlus } from '../database/clock';
import { DB, type AsyncInvocationsTable, type Db } from '../database/schema';

export type AsyncInvocationRow = Selectable<AsyncInvocationsTable>;

/** Failure reasons are kept short; the failure object holds the whole message. */
const MAX_REASON_CHARS = 2000;

/** The queue of asynchronous invocations: claimed with leases, so that a crashed instance's requests are taken over. */
@Injectable()
export class AsyncInvocationsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  insert(row: Insertable<AsyncInvocationsTable>): Promise<AsyncInvocationRow> {
    return this.db.insertInto('async_invocations').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * Claims up to `limit` requests for `owner`, oldest first: queued ones, and running ones whose claim
   * lapsed or that this owner held before a restart (except those running here now). Requests of
   * endpoints in `skipEndpoints` (at their concurrency limit) are left for later.
   */
  async claim(
    owner: string,
    leaseMs: number,
    limit: number,
    runningHere: string[],
    skipEndpoints: string[],
  ): Promise<AsyncInvocationRow[]> {
    if (limit <= 0) return [];
    return this.db.transaction().execute(async (trx) => {
      const candidates = await trx
        .selectFrom('async_invocations')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('status', '=', 'Queued'),
            eb.and([eb('status', '=', 'InProgress'), eb.or([eb('owner', '=', owner), eb('lease_expires_at', '<', sql<Date>`now()`)])]),
          ]),
        )
        .$if(runningHere.length > 0, (qb) => qb.where('id', 'not in', runningHere))
        .$if(skipEndpoints.length > 0, (qb) => qb.where('endpoint', 'not in', skipEndpoints))
        .orderBy('created_at')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (candidates.length === 0) return [];
      return trx
        .updateTable('async_invocations')
        .set((eb) => ({
          status: 'InProgress',
          owner,
          lease_expires_at: databaseNowPlus(leaseMs),
          attempts: eb('attempts', '+', 1),
          started_at: sql<Date>`coalesce(started_at, now())`,
        }))
        .where(
          'id',
          'in',
          candidates.map((c) => c.id),
        )
        .returningAll()
        .execute();
    });
  }

  /** Extends the claims of the requests running here; those another instance took over are returned. */
  async renew(ids: string[], owner: string, leaseMs: number): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const renewed = await this.db
      .updateTable('async_invocations')
      .set({ lease_expires_at: databaseNowPlus(leaseMs) })
      .where('id', 'in', ids)
      .where('owner', '=', owner)
      .where('status', '=', 'InProgress')
      .returning('id')
      .execute();
    const kept = new Set(renewed.map((r) => r.id));
    return new Set(ids.filter((id) => !kept.has(id)));
  }

  /** Records the outcome; false when the claim was lost (another instance answers the request). */
  async finish(id: string, owner: string, status: 'Completed' | 'Failed', reason = ''): Promise<boolean> {
    const result = await this.db
      .updateTable('async_invocations')
      .set({ status, failure_reason: reason.slice(0, MAX_REASON_CHARS), ended_at: sql<Date>`now()`, owner: null, lease_expires_at: null })
      .where('id', '=', id)
      .where('owner', '=', owner)
      .where('status', '=', 'InProgress')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Puts a request back in the queue: after a failure of the platform (not of the request), which
   * counts as one of its attempts, or handed back by an instance that stops, which does not.
   */
  async release(id: string, owner: string, { countsAsAttempt }: { countsAsAttempt: boolean }): Promise<void> {
    await this.db
      .updateTable('async_invocations')
      .set((eb) => ({
        status: 'Queued',
        owner: null,
        lease_expires_at: null,
        ...(countsAsAttempt ? {} : { attempts: eb('attempts', '-', 1) }),
      }))
      .where('id', '=', id)
      .where('owner', '=', owner)
      .execute();
  }

  async markNotified(id: string): Promise<void> {
    await this.db
      .updateTable('async_invocations')
      .set({ notified_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Finished requests whose notification did not go out (an instance stopped in between, a target was
   * down), finished at least `graceMs` ago; each is counted as an attempt when taken.
   */
  async takeUnnotified(graceMs: number, maxAttempts: number, limit: number): Promise<AsyncInvocationRow[]> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('async_invocations')
        .select('id')
        .where('notified_at', 'is', null)
        .where('ended_at', '<', sql<Date>`now() - ${`${graceMs} milliseconds`}::interval`)
        .where('notify_attempts', '<', maxAttempts)
        .orderBy('ended_at')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length === 0) return [];
      return trx
        .updateTable('async_invocations')
        .set((eb) => ({ notify_attempts: eb('notify_attempts', '+', 1) }))
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .returningAll()
        .execute();
    });
  }

  /** Per endpoint: requests queued or running, and the age of the oldest, for the metrics. */
  async backlog(): Promise<{ endpoint: string; depth: number; oldestSeconds: number }[]> {
    const rows = await this.db
      .selectFrom('async_invocations')
      .select((eb) => [
        'endpoint',
        eb.fn.countAll<string>().as('depth'),
        sql<string>`extract(epoch from now() - min(created_at))`.as('oldest'),
      ])
      .where('status', 'in', ['Queued', 'InProgress'])
      .groupBy('endpoint')
      .execute();
    return rows.map((r) => ({ endpoint: r.endpoint, depth: Number(r.depth), oldestSeconds: Number(r.oldest) }));
  }
}
