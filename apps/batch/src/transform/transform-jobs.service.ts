import { AppError } from '@modelserve/common';
import type { TransformJob, TransformJobSpec__Output } from '@modelserve/contracts';
import type { Predictions } from '../prediction/predictions';
import { transformSettings, withDefaults } from './job-settings';
import type { TransformJobRow, TransformJobsRepository } from './transform-jobs.repository';
import type { TransformRunner } from './transform-runner';

/** The transform job API: jobs are checked and recorded here, and run by whichever instance claims them. */
export class TransformJobsService {
  constructor(
    private readonly repository: TransformJobsRepository,
    private readonly predictions: Predictions,
    private readonly runner: TransformRunner,
  ) {}

  async create(request: TransformJobSpec__Output): Promise<TransformJob> {
    const spec = withDefaults(request);
    transformSettings(spec);
    await this.predictions.check(spec.target ?? { instanceCount: 0 });
    return this.view(await this.repository.insert(spec));
  }

  async get(name: string): Promise<TransformJob> {
    return this.view(await this.repository.get(name));
  }

  async list(): Promise<TransformJob[]> {
    return Promise.all((await this.repository.list()).map((row) => this.view(row)));
  }

  async stop(name: string): Promise<TransformJob> {
    const current = await this.repository.get(name);
    if (current.status !== 'InProgress' && current.status !== 'Stopping') {
      throw new AppError('FailedPrecondition', `transform job ${name} is ${current.status}; only a job in progress can be stopped`);
    }
    const row = await this.repository.requestStop(name);
    this.runner.requestStop(name);
    return this.view(row);
  }

  private async view(row: TransformJobRow): Promise<TransformJob> {
    const processed = Number(row.records_processed);
    const started = row.started_at?.getTime();
    const seconds = started ? ((row.ended_at?.getTime() ?? Date.now()) - started) / 1000 : 0;
    return {
      spec: row.spec,
      status: row.status,
      failureReason: row.failure_reason,
      endpoint: row.endpoint,
      progress: {
        objectsTotal: row.objects_total ?? 0,
        objectsCompleted: row.objects_total === null ? 0 : await this.repository.completedObjects(row.name),
        recordsProcessed: processed,
        recordsFailed: Number(row.records_failed),
        recordsPerSecond: seconds > 0 ? Math.round((processed / seconds) * 10) / 10 : 0,
      },
      createdAt: row.created_at.toISOString(),
      startedAt: row.started_at?.toISOString() ?? '',
      endedAt: row.ended_at?.toISOString() ?? '',
    };
  }
}
