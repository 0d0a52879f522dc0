import { conflict, notFound } from '@modelserve/common';
import type { TrainingJobSpec__Output } from '@modelserve/contracts';
import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { currentRuns, renewClaim } from '../database/claims';
import { databaseNowPlus } from '../database/clock';
import { DB, type Db, type StatusTransition, type TrainingJobsTable, type TrainingStatus } from '../database/schema';

export type TrainingJobRow = Selectable<TrainingJobsTable>;

export interface LogLine {
  sequence: number;
  at: Date;
  host: string;
  stream: string;
  message: string;
}

export interface MetricPoint {
  sequence: number;
  name: string;
  value: number;
  at: Date;
}

/** Rows per insert, well under PostgreSQL's 65,535 parameters a statement. */
const INSERT_CHUNK = 1000;

/** What a finished job leaves in its row besides its status. */
export interface TrainingOutcome {
  failureReason?: string;
  modelArtifacts?: string;
  outputData?: string;
  registeredModel?: string;
  registeredVersion?: number;
}

/** Training jobs, their log lines and metric values, in the batch service's tables. */
@Injectable()
export class TrainingJobsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Stores a queued job; a tuning job starts its training jobs within its own transaction (`db`). */
  async insert(spec: TrainingJobSpec__Output, options: { tuningJob?: string; db?: Db } = {}): Promise<TrainingJobRow> {
    const now = new Date().toISOString();
    const pending: StatusTransition[] = [{ status: 'Pending', startTime: now, statusMessage: 'Waiting for a training slot' }];
    try {
      return await (options.db ?? this.db)
        .insertInto('training_jobs')
        .values({
          name: spec.name,
          spec: JSON.stringify(spec),
          status: 'InProgress',
          transitions: JSON.stringify(pending),
          tuning_job: options.tuningJob ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`training job ${spec.name} already exists`);
      throw error;
    }
  }

  async get(name: string): Promise<TrainingJobRow> {
    const row = await this.db.selectFrom('training_jobs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`training job ${name} does not exist`);
    return row;
  }

  list(): Promise<TrainingJobRow[]> {
    return this.db.selectFrom('training_jobs').selectAll().orderBy('created_at', 'desc').execute();
  }

  /** Asks the job's runner to stop; a job already finished is left as it is. */
  async requestStop(name: string): Promise<TrainingJobRow> {
    await this.requestStops([name]);
    return this.get(name);
  }

  /** Asks the runners of these jobs to stop; `earlyStopped` marks a tuning job's early stopping as the reason. */
  async requestStops(names: readonly string[], options: { earlyStopped?: boolean; db?: Db } = {}) {
    if (names.length === 0) return;
    await (options.db ?? this.db)
      .updateTable('training_jobs')
      .set({ status: 'Stopping', ...(options.earlyStopped ? { early_stopped: true } : {}) })
      .where('name', 'in', names)
      .where('status', '=', 'InProgress')
      .execute();
  }

  /**
   * Claims the oldest unfinished job that fits in `freeSlots` hosts for `owner`: one nobody holds,
   * whose claim has lapsed, or that this owner held before a restart. Jobs running here are skipped.
   */
  async claim(owner: string, leaseMs: number, runningHere: string[], freeSlots: number): Promise<TrainingJobRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const candidate = await trx
        .selectFrom('training_jobs')
        .select('name')
        .where('status', 'in', ['InProgress', 'Stopping'])
        .where((eb) => eb.or([eb('owner', 'is', null), eb('owner', '=', owner), eb('lease_expires_at', '<', sql<Date>`now()`)]))
        .where(sql<boolean>`(spec->>'instanceCount')::int <= ${freeSlots}`)
        .$if(runningHere.length > 0, (qb) => qb.where('name', 'not in', runningHere))
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!candidate) return undefined;
      return trx
        .updateTable('training_jobs')
        .set({ owner, lease_expires_at: databaseNowPlus(leaseMs), started_at: sql<Date>`coalesce(started_at, now())` })
        .where('name', '=', candidate.name)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  /** Renews the claim; undefined when it was lost to another instance. */
  renew(name: string, owner: string, leaseMs: number): Promise<TrainingStatus | undefined> {
    return renewClaim<TrainingStatus>(this.db, 'training_jobs', name, owner, leaseMs);
  }

  /** The processes of the job's current run, so that a service restarted after a crash can end them. */
  async setProcesses(name: string, owner: string, runId: string | null, processIds: number[]) {
    await this.db
      .updateTable('training_jobs')
      .set({ run_id: runId, process_ids: JSON.stringify(processIds) })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /** Of these runs, those a job still records as its current run (whichever instance holds it). */
  currentRuns(runIds: readonly string[]): Promise<Set<string>> {
    return currentRuns(this.db, 'training_jobs', runIds);
  }

  async countRestart(name: string, owner: string) {
    await this.db
      .updateTable('training_jobs')
      .set((eb) => ({ restarts: eb('restarts', '+', 1) }))
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /** Ends the current secondary status and starts `status`, as SecondaryStatusTransitions list them. */
  async transition(name: string, owner: string, status: string, statusMessage: string) {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('training_jobs')
        .select('transitions')
        .where('name', '=', name)
        .where('owner', '=', owner)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return;
      const now = new Date().toISOString();
      const transitions = row.transitions.map((t) => (t.endTime ? t : { ...t, endTime: now }));
      transitions.push({ status, startTime: now, statusMessage });
      await trx
        .updateTable('training_jobs')
        .set({ secondary_status: status, transitions: JSON.stringify(transitions) })
        .where('name', '=', name)
        .execute();
    });
  }

  async trainingStarted(name: string, owner: string) {
    await this.db
      .updateTable('training_jobs')
      .set({ training_started_at: sql<Date>`coalesce(training_started_at, now())` })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /** Adds a run's time in Training, times its hosts, to the billable seconds. */
  async trainingEnded(name: string, owner: string, billableSeconds: number) {
    await this.db
      .updateTable('training_jobs')
      .set({ training_ended_at: sql<Date>`now()`, billable_seconds: sql<number>`billable_seconds + ${Math.round(billableSeconds)}` })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  async finish(name: string, owner: string, status: Exclude<TrainingStatus, 'InProgress' | 'Stopping'>, outcome: TrainingOutcome = {}) {
    await this.db
      .updateTable('training_jobs')
      .set({
        status,
        failure_reason: outcome.failureReason ?? '',
        ...(outcome.modelArtifacts ? { model_artifacts: outcome.modelArtifacts } : {}),
        ...(outcome.outputData ? { output_data: outcome.outputData } : {}),
        ...(outcome.registeredModel
          ? { registered_model: outcome.registeredModel, registered_version: outcome.registeredVersion ?? 0 }
          : {}),
        owner: null,
        lease_expires_at: null,
        process_ids: '[]',
        ended_at: sql<Date>`now()`,
      })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /** The last sequence numbers stored, where a resumed job carries on numbering. */
  async lastSequences(job: string): Promise<{ log: number; metric: number }> {
    const [log, metric] = await Promise.all([
      this.db
        .selectFrom('training_logs')
        .select((eb) => eb.fn.max('sequence').as('n'))
        .where('job', '=', job)
        .executeTakeFirst(),
      this.db
        .selectFrom('training_metrics')
        .select((eb) => eb.fn.max('sequence').as('n'))
        .where('job', '=', job)
        .executeTakeFirst(),
    ]);
    return { log: Number(log?.n ?? 0), metric: Number(metric?.n ?? 0) };
  }

  async addLogs(job: string, lines: readonly LogLine[]) {
    for (let i = 0; i < lines.length; i += INSERT_CHUNK) {
      await this.db
        .insertInto('training_logs')
        .values(lines.slice(i, i + INSERT_CHUNK).map((line) => ({ job, ...line })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  async logs(job: string, after: number, limit: number): Promise<LogLine[]> {
    const rows = await this.db
      .selectFrom('training_logs')
      .select(['sequence', 'at', 'host', 'stream', 'message'])
      .where('job', '=', job)
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...row, sequence: Number(row.sequence) }));
  }

  /** Stores metric values and keeps the last value of each as the job's final metrics. */
  async addMetrics(job: string, points: readonly MetricPoint[]) {
    if (points.length === 0) return;
    const last: Record<string, { value: number; at: string }> = {};
    for (const point of points) last[point.name] = { value: point.value, at: point.at.toISOString() };
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < points.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('training_metrics')
          .values(points.slice(i, i + INSERT_CHUNK).map((point) => ({ job, ...point })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      await trx
        .updateTable('training_jobs')
        .set({ final_metrics: sql`final_metrics || ${JSON.stringify(last)}::jsonb` })
        .where('name', '=', job)
        .execute();
    });
  }

  async metrics(job: string): Promise<MetricPoint[]> {
    const rows = await this.db
      .selectFrom('training_metrics')
      .select(['sequence', 'name', 'value', 'at'])
      .where('job', '=', job)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => ({ ...row, sequence: Number(row.sequence), value: Number(row.value) }));
  }
}
