import { AppError, type Logger } from '@modelserve/common';
import type { TransformJobSpec__Output } from '@modelserve/contracts';
import { listKeys, ObjectStore, storageErrorCode } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { JobEndpoints } from '../inference/job-endpoints';
import { BatchMetrics } from '../observability/metrics';
import { outputKeyOf, transformSettings, type TransformSettings } from './job-settings';
import { ClaimLost, ObjectTransform, type LiveCounts } from './object-transform';
import { TransformJobsRepository, type TransformJobRow } from './transform-jobs.repository';

/** The endpoint a job that names a model places it on, for itself alone. */
export const ownEndpointName = (job: string) => `tj-${job}`;

interface RunningJob {
  /** A stop was requested: finish as Stopped. */
  stopRequested: boolean;
  /** This instance is shutting down or lost its claim: leave the job for whoever resumes it. */
  leaving: boolean;
  done: Promise<void>;
}

/**
 * Runs transform jobs. Each instance claims unfinished jobs in PostgreSQL (a lease renewed while it
 * works), so several batch instances share the jobs, and a job whose instance died is resumed from
 * its checkpoints by the next instance to claim it, or by the same one after a restart.
 */
@Injectable()
export class TransformRunner {
  private readonly running = new Map<string, RunningJob>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private stopped = false;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly repository: TransformJobsRepository,
    private readonly store: ObjectStore,
    private readonly endpoints: JobEndpoints,
    private readonly objects: ObjectTransform,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  get runningJobs() {
    return this.running.size;
  }

  start() {
    this.timer = setInterval(() => void this.poll(), this.config.BATCH_POLL_MS);
    void this.poll();
  }

  /** Leaves running jobs where their last checkpoint is; they resume when the service is back. */
  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    for (const job of this.running.values()) job.leaving = true;
    await Promise.all([...this.running.values()].map((job) => job.done));
  }

  /** Asks a job running here to stop now rather than at its next lease renewal. */
  requestStop(name: string) {
    const job = this.running.get(name);
    if (job) job.stopRequested = true;
  }

  private async poll() {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      while (!this.stopped && this.running.size < this.config.BATCH_MAX_RUNNING_JOBS) {
        const row = await this.repository.claim(this.config.BATCH_INSTANCE_ID, this.config.BATCH_LEASE_MS, [...this.running.keys()]);
        if (!row) break;
        const job: RunningJob = { stopRequested: row.status === 'Stopping', leaving: false, done: Promise.resolve() };
        job.done = this.run(row, job).finally(() => this.running.delete(row.name));
        this.running.set(row.name, job);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not look for transform jobs');
    } finally {
      this.polling = false;
    }
  }

  private async run(row: TransformJobRow, job: RunningJob) {
    const spec = row.spec;
    const owner = this.config.BATCH_INSTANCE_ID;
    const log = this.logger.child({ job: spec.name });
    const live: LiveCounts = { processed: 0, failed: 0 };
    let base = await this.repository.totals(spec.name);
    const renewal = setInterval(
      () => {
        this.repository
          .renew(spec.name, owner, this.config.BATCH_LEASE_MS, {
            processed: base.processed + live.processed,
            failed: base.failed + live.failed,
          })
          .then((status) => {
            if (status === undefined) job.leaving = true;
            if (status === 'Stopping') job.stopRequested = true;
          })
          .catch((error: unknown) => log.warn({ err: error }, 'could not renew the claim on the job'));
      },
      Math.max(200, Math.floor(this.config.BATCH_LEASE_MS / 3)),
    );
    const halted = () => job.stopRequested || job.leaving;
    // Set once the job has (or may have, after a restart) an endpoint to release when it ends.
    let endpoint: string | undefined = row.endpoint || undefined;
    try {
      if (job.stopRequested) return await this.finish(spec, owner, 'Stopped', endpoint);
      log.info({ resumed: row.objects_total !== null }, 'transform job running');
      const settings = transformSettings(spec);
      endpoint = await this.endpoints.acquire(spec.target!, ownEndpointName(spec.name));
      if (!row.endpoint) await this.repository.setEndpoint(spec.name, endpoint);
      const ready = await this.endpoints.waitReady(endpoint, this.config.BATCH_ENDPOINT_READY_TIMEOUT_MS, halted);
      if (row.objects_total === null) {
        const keys = await this.inputKeys(settings);
        if (keys.length === 0) throw new AppError('InvalidRequest', `no objects under ${spec.input!.uri}`);
        await this.repository.addObjects(spec.name, keys);
      }
      await this.store.ensureBucket(settings.output.bucket);
      for (const object of await this.repository.objects(spec.name)) {
        if (object.status === 'Completed') continue;
        Object.assign(live, { processed: 0, failed: 0 });
        const outcome = await this.objects.run({ job: spec.name, owner, settings, endpoint: ready, object, live, halted });
        if (outcome === 'halted') break;
        base = await this.repository.totals(spec.name);
        Object.assign(live, { processed: 0, failed: 0 });
        const tooMany = failedTooMany(base, settings);
        if (tooMany) return await this.finish(spec, owner, 'Failed', endpoint, tooMany);
      }
      if (job.leaving) return log.info('transform job left for a later resume');
      if (job.stopRequested) return await this.finish(spec, owner, 'Stopped', endpoint);
      await this.finish(spec, owner, 'Completed', endpoint);
      log.info(base, 'transform job completed');
    } catch (error) {
      if (error instanceof ClaimLost || job.leaving) {
        log.warn({ err: error }, 'transform job left to another instance');
        return;
      }
      if (job.stopRequested) {
        await this.finish(spec, owner, 'Stopped', endpoint).catch((e: unknown) => log.error({ err: e }, 'could not record the stop'));
        return;
      }
      log.error({ err: error }, 'transform job failed');
      await this.finish(spec, owner, 'Failed', endpoint, failureReason(error)).catch((e: unknown) =>
        log.error({ err: e }, 'could not record the failure'),
      );
    } finally {
      clearInterval(renewal);
    }
  }

  private async finish(
    spec: TransformJobSpec__Output,
    owner: string,
    status: 'Completed' | 'Failed' | 'Stopped',
    endpoint?: string,
    reason = '',
  ) {
    await this.repository.finish(spec.name, owner, status, reason);
    this.metrics.transformJobsFinished.inc({ status });
    if (status === 'Stopped') await this.abortUploads(spec);
    if (endpoint) {
      await this.endpoints
        .release(spec.target!, endpoint)
        .catch((error: unknown) => this.logger.warn({ err: error, job: spec.name }, 'could not remove the job endpoint'));
    }
  }

  /** A stopped job's unfinished outputs are abandoned. */
  private async abortUploads(spec: TransformJobSpec__Output) {
    const settings = transformSettings(spec);
    for (const object of await this.repository.objects(spec.name)) {
      if (object.status !== 'InProgress' || !object.upload_id) continue;
      const output = { bucket: settings.output.bucket, key: outputKeyOf(settings, object.key) };
      await this.store.abortMultipart(output, object.upload_id).catch(() => undefined);
    }
  }

  /** Input objects under the input prefix, leaving out the job's own outputs if they are written below it. */
  private async inputKeys(settings: TransformSettings): Promise<string[]> {
    const { input, output } = settings;
    let keys: string[];
    try {
      keys = await listKeys(this.store, input.bucket, input.key);
    } catch (error) {
      if (storageErrorCode(error) === 'NoSuchBucket') throw new AppError('InvalidRequest', `bucket ${input.bucket} does not exist`);
      throw error;
    }
    const own = input.bucket === output.bucket ? `${output.key}/` : undefined;
    return keys.filter((key) => !(own && key.startsWith(own)) && !key.endsWith('/'));
  }
}

function failedTooMany(totals: { processed: number; failed: number }, settings: TransformSettings): string | undefined {
  if (totals.failed === 0) return undefined;
  const percent = (100 * totals.failed) / Math.max(1, totals.processed);
  if (percent <= settings.maxFailedRecordsPercent) return undefined;
  return `${totals.failed} of ${totals.processed} records failed (${percent.toFixed(2)}%), above maxFailedRecordsPercent ${settings.maxFailedRecordsPercent}; see the _errors files`;
}

function failureReason(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = storageErrorCode(error);
  if (code?.startsWith('Z_')) return `an input object is not valid gzip: ${(error as Error).message}`;
  return code ? `storage: ${code}: ${(error as Error).message}` : `internal error: ${String(error)}`;
}
