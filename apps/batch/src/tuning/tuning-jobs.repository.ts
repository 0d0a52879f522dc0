import { conflict, notFound } from '@modelserve/common';
import type { TuningJobSpec__Output } from '@modelserve/contracts';
import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { DB, type Db, type TrainingStatus, type TuningJobsTable } from '../database/schema';

export type TuningJobRow = Selectable<TuningJobsTable>;

/** A training job of a tuning job, with what the tuning job needs of it. */
export interface ChildJob {
  name: string;
  tuningJob: string;
  status: TrainingStatus;
  hyperParameters: Record<string, string>;
  /** The objective metric's last value printed, if any. */
  objective?: number;
  earlyStopped: boolean;
  failureReason: string;
  createdAt: Date;
  endedAt: Date | null;
  modelArtifacts: string;
}

const OPEN: TrainingStatus[] = ['InProgress', 'Stopping'];
export const isOpen = (status: TrainingStatus) => OPEN.includes(status);

/** Tuning jobs, in the batch service's tables; their training jobs are rows of training_jobs. */
@Injectable()
export class TuningJobsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insert(spec: TuningJobSpec__Output): Promise<TuningJobRow> {
    try {
      return await this.db
        .insertInto('tuning_jobs')
        .values({ name: spec.name, spec: JSON.stringify(spec), status: 'InProgress' })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`tuning job ${spec.name} already exists`);
      throw error;
    }
  }

  async get(name: string, db: Db = this.db): Promise<TuningJobRow> {
    const row = await db.selectFrom('tuning_jobs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`tuning job ${name} does not exist`);
    return row;
  }

  list(): Promise<TuningJobRow[]> {
    return this.db.selectFrom('tuning_jobs').selectAll().orderBy('created_at', 'desc').execute();
  }

  async openNames(): Promise<string[]> {
    const rows = await this.db.selectFrom('tuning_jobs').select('name').where('status', 'in', OPEN).orderBy('created_at').execute();
    return rows.map((r) => r.name);
  }

  /**
   * Runs `turn` on an unfinished tuning job inside a transaction that holds its row, so that one
   * instance at a time decides for it; another instance holding it already makes this a no-op.
   */
  async withTurn(name: string, turn: (db: Db, row: TuningJobRow) => Promise<void>): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('tuning_jobs')
        .selectAll()
        .where('name', '=', name)
        .where('status', 'in', OPEN)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (row) await turn(trx, row);
    });
  }

  /** The training jobs of these tuning jobs, oldest first, with their objective's final value. */
  async children(tuningJobs: readonly string[], objectiveMetric: string, db: Db = this.db): Promise<ChildJob[]> {
    if (tuningJobs.length === 0) return [];
    const rows = await db
      .selectFrom('training_jobs')
      .select([
        'name',
        'tuning_job',
        'status',
        'early_stopped',
        'failure_reason',
        'created_at',
        'ended_at',
        'model_artifacts',
        sql<Record<string, string>>`spec->'hyperParameters'`.as('hyper_parameters'),
        sql<number | null>`(final_metrics->(${objectiveMetric}::text)->>'value')::double precision`.as('objective'),
      ])
      .where('tuning_job', 'in', tuningJobs)
      .orderBy('created_at')
      .orderBy('name')
      .execute();
    return rows.map((r) => ({
      name: r.name,
      tuningJob: r.tuning_job!,
      status: r.status,
      hyperParameters: r.hyper_parameters,
      objective: r.objective ?? undefined,
      earlyStopped: r.early_stopped,
      failureReason: r.failure_reason,
      createdAt: r.created_at,
      endedAt: r.ended_at,
      modelArtifacts: r.model_artifacts,
    }));
  }

  /** Every value of the objective metric each job printed, in order. */
  async objectiveSeries(jobs: readonly string[], objectiveMetric: string, db: Db): Promise<Map<string, number[]>> {
    const series = new Map<string, number[]>(jobs.map((job) => [job, []]));
    if (jobs.length === 0) return series;
    const rows = await db
      .selectFrom('training_metrics')
      .select(['job', 'value'])
      .where('job', 'in', jobs)
      .where('name', '=', objectiveMetric)
      .orderBy('job')
      .orderBy('sequence')
      .execute();
    for (const row of rows) series.get(row.job)!.push(Number(row.value));
    return series;
  }

  async requestStop(name: string): Promise<void> {
    await this.db
      .updateTable('tuning_jobs')
      .set({ status: 'Stopping' })
      .where('name', '=', name)
      .where('status', '=', 'InProgress')
      .execute();
  }

  async finish(db: Db, name: string, status: 'Completed' | 'Failed' | 'Stopped', failureReason = '') {
    await db
      .updateTable('tuning_jobs')
      .set({ status, failure_reason: failureReason, ended_at: sql<Date>`now()` })
      .where('name', '=', name)
      .execute();
  }

  async setRegistered(name: string, model: string, version: number, trainingJob: string) {
    await this.db
      .updateTable('tuning_jobs')
      .set({ registered_model: model, registered_version: version, registered_from: trainingJob })
      .where('name', '=', name)
      .execute();
  }
}
