import { AppError, invalidRequest } from '@modelserve/common';
import { trainingJobSpec, type TrainingJob, type TrainingLogLine } from '@modelserve/contracts';
import type { TrainingJobRequest } from '@modelserve/schemas';
import { ObjectStore, StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_CONFIG, type BatchConfig } from '../config';
import { HostRunners } from './host-runners';
import { isArchive, objectsAt } from './training-files';
import { TrainingJobsRepository, type TrainingJobRow } from './training-jobs.repository';
import { TrainingRunner } from './training-runner';

/** The training job API: jobs are checked and recorded here, and run by whichever instance claims them. */
@Injectable()
export class TrainingJobsService {
  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly repository: TrainingJobsRepository,
    private readonly runner: TrainingRunner,
    private readonly store: ObjectStore,
    private readonly allowList: StorageAllowList,
    private readonly runners: HostRunners,
  ) {}

  async create(request: TrainingJobRequest): Promise<TrainingJob> {
    await this.check(request, '');
    return this.view(await this.repository.insert(trainingJobSpec(request)));
  }

  /**
   * Refuses at once what would only fail later: unreadable or empty channels, a missing code source,
   * more hosts than slots. `path` prefixes the fields named in errors (a tuning job's definition).
   */
  async check(request: Omit<TrainingJobRequest, 'name'>, path: string): Promise<void> {
    const { algorithm, inputDataConfig, outputDataConfig, checkpointConfig, resourceConfig } = request;
    if (algorithm.image !== undefined)
      await this.runners.containerRunner(`${path}algorithm.image`).checkImage(algorithm.image, `${path}algorithm.image`);
    if (resourceConfig.instanceCount > this.config.TRAINING_SLOTS) {
      throw invalidRequest(
        `${path}resourceConfig.instanceCount ${resourceConfig.instanceCount} is more than the ${this.config.TRAINING_SLOTS} training slots of a batch instance (TRAINING_SLOTS)`,
      );
    }
    inputDataConfig.forEach((c, i) => this.allowList.check(`${path}inputDataConfig[${i}].s3Uri`, c.s3Uri));
    this.allowList.check(`${path}outputDataConfig.s3OutputPath`, outputDataConfig.s3OutputPath);
    if (checkpointConfig) this.allowList.check(`${path}checkpointConfig.s3Uri`, checkpointConfig.s3Uri);
    if (algorithm.sourceUri) {
      this.allowList.check(`${path}algorithm.sourceUri`, algorithm.sourceUri);
      const objects = await objectsAt(this.store, algorithm.sourceUri);
      if (objects.length === 0) throw invalidRequest(`${path}algorithm.sourceUri ${algorithm.sourceUri} names no object`);
      if (objects.length === 1 && /\.(gz|tgz|zip)$/.test(objects[0].key) && !isArchive(objects[0].key)) {
        throw invalidRequest(`${path}algorithm.sourceUri is an archive the platform cannot unpack; use a .tar.gz or a prefix of files`);
      }
    }
    for (const [i, channel] of inputDataConfig.entries()) {
      if ((await objectsAt(this.store, channel.s3Uri)).length === 0) {
        throw invalidRequest(`${path}inputDataConfig[${i}] (${channel.channelName}): no objects under ${channel.s3Uri}`);
      }
    }
  }

  async get(name: string): Promise<TrainingJob> {
    return this.view(await this.repository.get(name));
  }

  async list(): Promise<TrainingJob[]> {
    return (await this.repository.list()).map((row) => this.view(row));
  }

  async stop(name: string): Promise<TrainingJob> {
    const current = await this.repository.get(name);
    if (current.status !== 'InProgress' && current.status !== 'Stopping') {
      throw new AppError('FailedPrecondition', `training job ${name} is ${current.status}; only a job in progress can be stopped`);
    }
    const row = await this.repository.requestStop(name);
    this.runner.requestStop(name);
    return this.view(row);
  }

  /** Lines after `after`; complete once the job has ended and every line was read. */
  async logs(name: string, after: number, limit: number): Promise<{ lines: TrainingLogLine[]; complete: boolean }> {
    const job = await this.repository.get(name);
    const ended = job.ended_at !== null;
    const lines = await this.repository.logs(name, after, limit);
    return {
      lines: lines.map((l) => ({
        sequence: l.sequence,
        timestamp: l.at.toISOString(),
        host: l.host,
        stream: l.stream,
        message: l.message,
      })),
      complete: ended && lines.length < limit,
    };
  }

  async metrics(name: string) {
    await this.repository.get(name);
    const series = new Map<string, { metricName: string; value: number; timestamp: string }[]>();
    for (const point of await this.repository.metrics(name)) {
      const values = series.get(point.name) ?? [];
      values.push({ metricName: point.name, value: point.value, timestamp: point.at.toISOString() });
      series.set(point.name, values);
    }
    return { series: [...series.entries()].map(([metricName, values]) => ({ metricName, values })) };
  }

  private view(row: TrainingJobRow): TrainingJob {
    return {
      spec: row.spec,
      status: row.status,
      secondaryStatus: row.secondary_status,
      secondaryStatusTransitions: row.transitions.map((t) => ({ ...t, endTime: t.endTime ?? '' })),
      failureReason: row.failure_reason,
      createdAt: row.created_at.toISOString(),
      trainingStartTime: row.training_started_at?.toISOString() ?? '',
      trainingEndTime: row.training_ended_at?.toISOString() ?? '',
      billableSeconds: Number(row.billable_seconds),
      finalMetricDataList: Object.entries(row.final_metrics).map(([metricName, m]) => ({ metricName, value: m.value, timestamp: m.at })),
      modelArtifacts: row.model_artifacts,
      outputData: row.output_data,
      registeredModel: row.registered_model,
      registeredVersion: row.registered_version,
      restarts: row.restarts,
      tuningJob: row.tuning_job ?? '',
    };
  }
}
