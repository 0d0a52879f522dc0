import { conflict, notFound } from '@modelserve/common';
import type { BaselineJobSpec__Output, MonitoringScheduleSpec__Output } from '@modelserve/contracts';
import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import type { Selectable, Updateable } from 'kysely';
import { databaseNow, databaseNowPlus } from '../database/clock';
import {
  DB,
  type BaselineJobsTable,
  type Db,
  type ExecutionStatus,
  type MonitoringExecutionsTable,
  type MonitoringSchedulesTable,
} from '../database/schema';
import type { Violation } from './feature-statistics';

export type BaselineJobRow = Selectable<BaselineJobsTable>;
export type ScheduleRow = Selectable<MonitoringSchedulesTable>;
export type ExecutionRow = Selectable<MonitoringExecutionsTable>;

const MAX_REASON_CHARS = 2000;

/** Baseline jobs, monitoring schedules and their executions; work is claimed with leases, as transform jobs are. */
@Injectable()
export class DriftRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insertBaseline(spec: BaselineJobSpec__Output, owner: string, leaseMs: number): Promise<BaselineJobRow> {
    try {
      return await this.db
        .insertInto('baseline_jobs')
        .values({ name: spec.name, spec: JSON.stringify(spec), owner, lease_expires_at: databaseNowPlus(leaseMs) })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`baseline job ${spec.name} already exists`);
      throw error;
    }
  }

  async baseline(name: string): Promise<BaselineJobRow> {
    const row = await this.db.selectFrom('baseline_jobs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`baseline job ${name} does not exist`);
    return row;
  }

  listBaselines(): Promise<BaselineJobRow[]> {
    return this.db.selectFrom('baseline_jobs').selectAll().orderBy('created_at', 'desc').execute();
  }

  /** A baseline job in progress whose claim lapsed (its instance died), claimed for `owner`. */
  async claimOrphanBaseline(owner: string, leaseMs: number): Promise<BaselineJobRow | undefined> {
    return this.db
      .updateTable('baseline_jobs')
      .set({ owner, lease_expires_at: databaseNowPlus(leaseMs) })
      .where('name', '=', (eb) =>
        eb
          .selectFrom('baseline_jobs')
          .select('name')
          .where('status', '=', 'InProgress')
          .where((w) => w.or([w('lease_expires_at', '<', databaseNow()), w('lease_expires_at', 'is', null)]))
          .limit(1),
      )
      .returningAll()
      .executeTakeFirst();
  }

  async renewBaseline(name: string, owner: string, leaseMs: number): Promise<void> {
    await this.db
      .updateTable('baseline_jobs')
      .set({ lease_expires_at: databaseNowPlus(leaseMs) })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  async finishBaseline(name: string, owner: string, changes: Updateable<BaselineJobsTable>): Promise<void> {
    await this.db
      .updateTable('baseline_jobs')
      .set({
        ...changes,
        failure_reason: (changes.failure_reason ?? '').slice(0, MAX_REASON_CHARS),
        owner: null,
        lease_expires_at: null,
        ended_at: databaseNow(),
      })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  async insertSchedule(spec: MonitoringScheduleSpec__Output, nextWindowEnd: Date): Promise<ScheduleRow> {
    try {
      return await this.db
        .insertInto('monitoring_schedules')
        .values({ name: spec.name, endpoint: spec.endpoint, spec: JSON.stringify(spec), next_window_end: nextWindowEnd })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`monitoring schedule ${spec.name} already exists`);
      throw error;
    }
  }

  async schedule(name: string): Promise<ScheduleRow> {
    const row = await this.db.selectFrom('monitoring_schedules').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`monitoring schedule ${name} does not exist`);
    return row;
  }

  listSchedules(endpoint?: string): Promise<ScheduleRow[]> {
    let query = this.db.selectFrom('monitoring_schedules').selectAll().orderBy('name');
    if (endpoint) query = query.where('endpoint', '=', endpoint);
    return query.execute();
  }

  async deleteSchedule(name: string): Promise<void> {
    await this.db.deleteFrom('monitoring_schedules').where('name', '=', name).execute();
  }

  /** Schedules whose next window ended at or before `cutoff`. */
  dueSchedules(cutoff: Date): Promise<ScheduleRow[]> {
    return this.db
      .selectFrom('monitoring_schedules')
      .selectAll()
      .where('next_window_end', '<=', cutoff)
      .orderBy('next_window_end')
      .execute();
  }

  /**
   * Claims a scheduled window: moves the schedule on to the next window and records the execution, in
   * one transaction. Of two instances claiming the same window, one moves the schedule and the other
   * finds it moved already: each window runs once.
   */
  async claimWindow(
    schedule: ScheduleRow,
    window: { start: Date; end: Date },
    nextWindowEnd: Date,
    owner: string,
    leaseMs: number,
  ): Promise<ExecutionRow | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const moved = await tx
        .updateTable('monitoring_schedules')
        .set({ next_window_end: nextWindowEnd })
        .where('name', '=', schedule.name)
        .where('next_window_end', '=', schedule.next_window_end)
        .returning('name')
        .executeTakeFirst();
      if (!moved) return undefined;
      return tx
        .insertInto('monitoring_executions')
        .values({
          id: `${schedule.name}/${window.end.toISOString()}`,
          schedule: schedule.name,
          endpoint: schedule.endpoint,
          window_start: window.start,
          window_end: window.end,
          owner,
          lease_expires_at: databaseNowPlus(leaseMs),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returningAll()
        .executeTakeFirst();
    });
  }

  async insertManualExecution(
    id: string,
    schedule: ScheduleRow,
    window: { start: Date; end: Date },
    owner: string,
    leaseMs: number,
  ): Promise<ExecutionRow> {
    return this.db
      .insertInto('monitoring_executions')
      .values({
        id,
        schedule: schedule.name,
        endpoint: schedule.endpoint,
        window_start: window.start,
        window_end: window.end,
        manual: true,
        owner,
        lease_expires_at: databaseNowPlus(leaseMs),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** An execution whose claim lapsed while it ran (its instance died), claimed for `owner` to run again. */
  claimOrphanExecution(owner: string, leaseMs: number): Promise<ExecutionRow | undefined> {
    return this.db
      .updateTable('monitoring_executions')
      .set({ owner, lease_expires_at: databaseNowPlus(leaseMs) })
      .where('id', '=', (eb) =>
        eb
          .selectFrom('monitoring_executions')
          .select('id')
          .where('status', '=', 'InProgress')
          .where('lease_expires_at', '<', databaseNow())
          .limit(1),
      )
      .returningAll()
      .executeTakeFirst();
  }

  async renewExecution(id: string, owner: string, leaseMs: number): Promise<void> {
    await this.db
      .updateTable('monitoring_executions')
      .set({ lease_expires_at: databaseNowPlus(leaseMs) })
      .where('id', '=', id)
      .where('owner', '=', owner)
      .execute();
  }

  async finishExecution(
    id: string,
    owner: string,
    outcome: {
      status: ExecutionStatus;
      failureReason?: string;
      records?: number;
      statisticsUri?: string;
      violationsUri?: string;
      violations?: Violation[];
    },
  ): Promise<ExecutionRow | undefined> {
    return this.db
      .updateTable('monitoring_executions')
      .set({
        status: outcome.status,
        failure_reason: (outcome.failureReason ?? '').slice(0, MAX_REASON_CHARS),
        records: outcome.records ?? 0,
        statistics_uri: outcome.statisticsUri ?? '',
        violations_uri: outcome.violationsUri ?? '',
        violations: JSON.stringify(outcome.violations ?? []),
        owner: null,
        lease_expires_at: null,
        ended_at: databaseNow(),
      })
      .where('id', '=', id)
      .where('owner', '=', owner)
      .returningAll()
      .executeTakeFirst();
  }

  async execution(id: string): Promise<ExecutionRow | undefined> {
    return this.db.selectFrom('monitoring_executions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Newest first, of one schedule or of every schedule of an endpoint. */
  listExecutions(filter: { schedule?: string; endpoint?: string }, limit: number): Promise<ExecutionRow[]> {
    let query = this.db
      .selectFrom('monitoring_executions')
      .selectAll()
      .orderBy('window_end', 'desc')
      .orderBy('started_at', 'desc')
      .limit(limit);
    if (filter.schedule) query = query.where('schedule', '=', filter.schedule);
    if (filter.endpoint) query = query.where('endpoint', '=', filter.endpoint);
    return query.execute();
  }

  /** The latest finished execution of each of the named schedules. */
  async latestFinished(schedules: readonly string[]): Promise<Map<string, ExecutionRow>> {
    if (schedules.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('monitoring_executions')
      .distinctOn('schedule')
      .selectAll()
      .where('schedule', 'in', [...schedules])
      .where('status', '!=', 'InProgress')
      .orderBy('schedule')
      .orderBy('window_end', 'desc')
      .orderBy('started_at', 'desc')
      .execute();
    return new Map(rows.map((row) => [row.schedule, row]));
  }
}
