import type { Logger } from '@modelserve/common';
import { concatRows, decodeRequest, encodeResponse, requestFormat, responseFormat, rowChunks } from '@modelserve/codecs';
import { isShadow, RoutingTable } from '@modelserve/routing';
import { ObjectStore, parseS3Uri, readAll, storageErrorCode } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { InferenceClient } from '../inference/inference-client';
import { JobEndpoints } from '../inference/job-endpoints';
import { BatchMetrics } from '../observability/metrics';
import { isRecordError, reasonOf } from '../records/record-predictor';
import { AsyncInvocationsRepository, type AsyncInvocationRow } from './async-invocations.repository';
import { AsyncNotifier } from './async-notifier';

/** How long a request waits for its endpoint to have an instance ready before it counts as a failed run. */
const ENDPOINT_READY_TIMEOUT_MS = 60_000;
/** A notification that failed is tried again this often, this many times in all. */
const NOTIFY_SWEEP_MS = 5000;
const NOTIFY_MAX_ATTEMPTS = 10;

/** The request itself cannot be answered (bad input, a model error, its time ran out): it fails, and is not run again. */
class RequestFailed extends Error {}

interface Running {
  endpoint: string;
  /** Set when the instance stops or another instance took the request over: leave it to whoever has it. */
  leaving: boolean;
  done: Promise<void>;
}

/**
 * Answers queued asynchronous invocations. Each instance claims requests in PostgreSQL with a lease it
 * renews while they run; a request whose instance died is claimed again when its lease lapses (or at
 * once by the same instance after a restart) and run from the start. The answer is written to a key
 * fixed when the request was queued, so a request run twice is still answered by one object.
 */
@Injectable()
export class AsyncRunner {
  private readonly running = new Map<string, Running>();
  private pollTimer?: NodeJS.Timeout;
  private sweepTimer?: NodeJS.Timeout;
  private polling = false;
  private stopped = false;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly repository: AsyncInvocationsRepository,
    private readonly routing: RoutingTable,
    private readonly endpoints: JobEndpoints,
    private readonly inference: InferenceClient,
    private readonly store: ObjectStore,
    private readonly notifier: AsyncNotifier,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  get runningRequests() {
    return this.running.size;
  }

  start() {
    this.pollTimer = setInterval(() => void this.poll(), Math.min(this.config.BATCH_POLL_MS, 250));
    this.sweepTimer = setInterval(() => void this.sweepNotifications(), NOTIFY_SWEEP_MS);
    void this.poll();
  }

  /**
   * Hands running requests back to the queue at once, rather than waiting for them (one may run for up
   * to an hour): the next instance to poll runs them from the start.
   */
  async stop() {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearInterval(this.sweepTimer);
    for (const request of this.running.values()) request.leaving = true;
    await this.handBack([...this.running.keys()]);
  }

  private handBack(ids: string[]) {
    const owner = this.config.BATCH_INSTANCE_ID;
    return Promise.all(ids.map((id) => this.repository.release(id, owner, { countsAsAttempt: false }).catch(() => undefined)));
  }

  private async poll() {
    if (this.polling || this.stopped || !this.routing.hasTable) return;
    this.polling = true;
    try {
      const lost = await this.repository.renew([...this.running.keys()], this.config.BATCH_INSTANCE_ID, this.config.BATCH_LEASE_MS);
      for (const id of lost) this.running.get(id)!.leaving = true;
      const rows = await this.repository.claim(
        this.config.BATCH_INSTANCE_ID,
        this.config.BATCH_LEASE_MS,
        this.config.ASYNC_MAX_RUNNING - this.running.size,
        [...this.running.keys()],
        this.saturatedEndpoints(),
      );
      if (this.stopped) return void (await this.handBack(rows.map((row) => row.id)));
      for (const row of rows) {
        const request: Running = { endpoint: row.endpoint, leaving: false, done: Promise.resolve() };
        request.done = this.run(row, request).finally(() => this.running.delete(row.id));
        this.running.set(row.id, request);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not look for asynchronous invocations');
    } finally {
      this.polling = false;
    }
  }

  /**
   * Endpoints running as many requests here as their config allows: `maxConcurrentInvocationsPerInstance`
   * times their ready instances.
   */
  private saturatedEndpoints(): string[] {
    const counts = new Map<string, number>();
    for (const { endpoint } of this.running.values()) counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
    return [...counts].filter(([endpoint, count]) => count >= this.limitOf(endpoint)).map(([endpoint]) => endpoint);
  }

  private limitOf(endpoint: string): number {
    if (!this.routing.knows(endpoint)) return 1;
    const route = this.routing.endpoint(endpoint);
    const instances = route.variants.filter((v) => !isShadow(v) && v.weight > 0).reduce((n, v) => n + v.workerAddresses.length, 0);
    return (route.asyncInference?.maxConcurrentInvocationsPerInstance || 1) * Math.max(1, instances);
  }

  private async run(row: AsyncInvocationRow, request: Running): Promise<void> {
    const owner = this.config.BATCH_INSTANCE_ID;
    const log = { endpoint: row.endpoint, inferenceId: row.inference_id, attempt: row.attempts };
    let outcome: { status: 'Completed' } | { status: 'Failed'; reason: string };
    try {
      // Its first run started after its time to live: it waited too long in the queue.
      if (row.started_at && row.started_at.getTime() > row.expires_at.getTime()) {
        throw new RequestFailed('the request waited in the queue longer than its RequestTTLSeconds');
      }
      await this.answer(row);
      outcome = { status: 'Completed' };
    } catch (error) {
      if (request.leaving) return;
      if (!(error instanceof RequestFailed) && row.attempts < this.config.ASYNC_MAX_ATTEMPTS) {
        this.logger.warn({ ...log, err: error }, 'asynchronous invocation failed on the platform side; it is queued again');
        await this.repository.release(row.id, owner, { countsAsAttempt: true }).catch(() => undefined);
        return;
      }
      outcome = { status: 'Failed', reason: reasonOf(error) };
      try {
        await this.store.uploadStream(parseS3Uri(row.failure_location)!, Buffer.from(outcome.reason + '\n'));
      } catch (writeError) {
        this.logger.error({ ...log, err: writeError }, 'could not write the failure object; the request is queued again');
        await this.repository.release(row.id, owner, { countsAsAttempt: true }).catch(() => undefined);
        return;
      }
    }
    if (request.leaving) return;
    const reason = outcome.status === 'Failed' ? outcome.reason : '';
    if (!(await this.repository.finish(row.id, owner, outcome.status, reason))) return;
    this.metrics.asyncInvocations.inc({ endpoint: row.endpoint, outcome: outcome.status === 'Completed' ? 'completed' : 'failed' });
    this.logger.info({ ...log, status: outcome.status, ...(reason ? { reason } : {}) }, 'asynchronous invocation answered');
    await this.announce({ ...row, status: outcome.status, failure_reason: reason, ended_at: new Date() });
  }

  /** Reads the input, predicts it in runs of rows of bounded size, and writes the answer; within the request's timeout. */
  private async answer(row: AsyncInvocationRow): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const expired = { now: false };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired.now = true;
        reject(new RequestFailed(`the request ran longer than its InvocationTimeoutSeconds (${row.timeout_seconds})`));
      }, row.timeout_seconds * 1000);
    });
    try {
      await Promise.race([this.predictAndWrite(row, expired), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** `expired` turns true when the request's time is up: an answer that comes after it is not written. */
  private async predictAndWrite(row: AsyncInvocationRow, expired: { now: boolean }): Promise<void> {
    const requestFailed = (error: unknown): never => {
      throw isRecordError(error) ? new RequestFailed(reasonOf(error)) : error;
    };
    const inputFormat = requestFormat(row.content_type);
    const outputFormat = responseFormat(row.accept);
    if (this.routing.hasTable && !this.routing.knows(row.endpoint)) throw new RequestFailed(`endpoint ${row.endpoint} no longer exists`);
    const endpoint = await this.endpoints.waitReady(row.endpoint, ENDPOINT_READY_TIMEOUT_MS);
    const limit = this.config.ASYNC_MAX_PAYLOAD_BYTES;
    const body = await readAll(await this.store.read(parseS3Uri(row.input_location)!), limit).catch((error: unknown) => {
      throw storageErrorCode(error) === 'NoSuchKey' ? new RequestFailed(`InputLocation ${row.input_location} no longer exists`) : error;
    });
    // Larger than the limit is the request's fault.
    if (!body) throw new RequestFailed(`the input is larger than ${limit} bytes`);
    let decoded: ReturnType<typeof decodeRequest>;
    try {
      decoded = decodeRequest(inputFormat, body, endpoint.inputs);
    } catch (error) {
      return requestFailed(error);
    }
    const { tensors, rows } = decoded;
    const chunks = rows === undefined ? [tensors] : rowChunks(tensors, rows, this.config.ASYNC_CHUNK_BYTES);
    const answers = [];
    for (const [i, chunk] of chunks.entries()) {
      const prediction = await this.inference.predict(endpoint.name, chunk, `async-${row.id}#${i}`).catch(requestFailed);
      if (chunks.length > 1 && prediction.outputs.some((output) => output.shape[0] !== chunk[0].shape[0])) {
        throw new RequestFailed('the request is too large to send at once and the model answers it as a whole, not row by row');
      }
      answers.push(prediction.outputs);
    }
    let answer: Buffer;
    try {
      answer = encodeResponse(outputFormat, concatRows(answers), rows);
    } catch (error) {
      return requestFailed(error);
    }
    if (!expired.now) await this.store.uploadStream(parseS3Uri(row.output_location)!, answer, answer.length);
  }

  /** Sends the outcome to the endpoint's notification targets; a failure is left to the sweep to retry. */
  private async announce(row: AsyncInvocationRow) {
    if (!AsyncNotifier.hasTargets(row)) return this.repository.markNotified(row.id);
    try {
      await this.notifier.notify(row);
      await this.repository.markNotified(row.id);
    } catch (error) {
      this.logger.warn({ inferenceId: row.inference_id, err: error }, 'could not send the notification; it will be retried');
    }
  }

  private async sweepNotifications() {
    if (this.stopped) return;
    try {
      const rows = await this.repository.takeUnnotified(NOTIFY_SWEEP_MS, NOTIFY_MAX_ATTEMPTS, 100);
      for (const row of rows) await this.announce(row);
    } catch (error) {
      this.logger.error({ err: error }, 'could not retry notifications');
    }
  }
}
