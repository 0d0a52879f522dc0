import { AppError } from '@modelserve/common';
import { transformJobSpec, type TransformJob } from '@modelserve/contracts';
import type { TransformJobRequest } from '@modelserve/schemas';
import { StorageAllowList } from '@modelserve/storage';
import { Injectable } from '@nestjs/common';
import { JobEndpoints } from '../inference/job-endpoints';
import { TransformJobsRepository, type TransformJobRow } from './transform-jobs.repository';
import { TransformRunner } from './transform-runner';

/** The transform job API: jobs are recorded here, and run by whichever instance claims them. */
@Injectable()
export class TransformJobsService {
  constructor(
    private readonly repository: TransformJobsRepository,
    private readonly endpoints: JobEndpoints,
    private readonly runner: TransformRunner,
    private readonly allowList: StorageAllowList,
  ) {}

  async create(request: TransformJobRequest): Promise<TransformJob> {
    this.allowList.check('input.uri', request.input.uri);
    this.allowList.check('output.uri', request.output.uri);
    const spec = transformJobSpec(request);
    await this.endpoints.check(spec.target!);
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
