import { AppError, checkResourceName, invalidRequest, type Logger } from '@modelserve/common';
import { recordLineFormat, requestFormat } from '@modelserve/codecs';
import type { PartitionLag, StreamJob, StreamJobSpec__Output } from '@modelserve/contracts';
import type { Admin, Kafka } from 'kafkajs';
import type { BatchConfig } from '../config';
import type { BatchMetrics } from '../observability/metrics';
import type { Predictions } from '../prediction/predictions';
import { RecordOutput } from '../records/record-output';
import { RecordPredictor } from '../records/record-predictor';
import { JOB_NAME_MAX } from '../transform/job-settings';
import { kafkaClient } from './kafka';
import { StreamConsumer } from './stream-consumer';
import type { StreamJobRow, StreamJobsRepository } from './stream-jobs.repository';

/** The endpoint a stream job that names a model places it on, for itself alone. */
export const ownStreamEndpointName = (job: string) => `sj-${job}`;

const TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;
const RECONCILE_MS = 1000;

/**
 * Stream jobs: the API, and on every batch instance the consumers of the jobs that are Running.
 * Each instance joins every running job's consumer group, so Kafka spreads the input partitions over
 * the instances and moves them when one leaves or dies.
 */
export class StreamJobsService {
  private readonly kafka?: Kafka;
  private admin?: Admin;
  private readonly consumers = new Map<string, StreamConsumer>();
  private readonly starting = new Set<string>();
  private timer?: NodeJS.Timeout;
  private reconciling = false;

  constructor(
    private readonly config: BatchConfig,
    private readonly repository: StreamJobsRepository,
    private readonly predictions: Predictions,
    private readonly metrics: BatchMetrics,
    private readonly logger: Logger,
  ) {
    this.kafka = config.KAFKA_BROKERS
      ? kafkaClient(config.KAFKA_BROKERS, `modelserve-batch-${config.BATCH_INSTANCE_ID}`, logger)
      : undefined;
  }

  get consumingJobs() {
    return this.consumers.size;
  }

  start() {
    if (!this.kafka) return;
    this.timer = setInterval(() => void this.reconcile(), RECONCILE_MS);
    void this.reconcile();
  }

  async stop() {
    clearInterval(this.timer);
    await Promise.all([...this.consumers.values()].map((c) => this.retire(c)));
    this.consumers.clear();
    await this.admin?.disconnect().catch(() => undefined);
  }

  async create(request: StreamJobSpec__Output): Promise<StreamJob> {
    this.requireKafka();
    const spec = streamDefaults(request);
    checkStreamSpec(spec);
    await this.predictions.check(spec.target ?? { instanceCount: 0 });
    const endpoint = await this.predictions.acquire(spec.target!, ownStreamEndpointName(spec.name));
    return this.view(await this.repository.insert(spec, endpoint));
  }

  async get(name: string): Promise<StreamJob> {
    return this.view(await this.repository.get(name), true);
  }

  async list(): Promise<StreamJob[]> {
    return Promise.all((await this.repository.list()).map((row) => this.view(row)));
  }

  async pause(name: string): Promise<StreamJob> {
    const row = await this.repository.get(name);
    if (row.status === 'Failed') throw new AppError('FailedPrecondition', `stream job ${name} has failed: ${row.failure_reason}`);
    return this.view(await this.repository.setStatus(name, 'Paused'));
  }

  async resume(name: string): Promise<StreamJob> {
    this.requireKafka();
    await this.repository.get(name);
    return this.view(await this.repository.setStatus(name, 'Running'));
  }

  async delete(name: string): Promise<StreamJob> {
    const row = await this.repository.delete(name);
    const consumer = this.consumers.get(name);
    if (consumer) {
      this.consumers.delete(name);
      await this.retire(consumer);
    }
    await this.predictions.release(row.spec.target!, row.endpoint);
    return this.view(row);
  }

  private requireKafka() {
    if (!this.kafka)
      throw new AppError('FailedPrecondition', 'stream jobs are disabled: the batch service has no KAFKA_BROKERS configured');
  }

  /** Starts consumers for running jobs and stops those of paused or deleted ones; reports counters. */
  private async reconcile() {
    if (this.reconciling) return;
    this.reconciling = true;
    try {
      const rows = await this.repository.list();
      const running = new Map(rows.filter((r) => r.status === 'Running').map((r) => [r.name, r]));
      for (const [name, consumer] of this.consumers) {
        await this.repository.report(name, this.config.BATCH_INSTANCE_ID, consumer.takeCounts());
        if (!running.has(name) || consumer.crashed) {
          this.consumers.delete(name);
          await this.retire(consumer);
        }
      }
      for (const row of running.values()) {
        if (!this.consumers.has(row.name) && !this.starting.has(row.name)) void this.launch(row);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not reconcile stream jobs');
    } finally {
      this.reconciling = false;
    }
  }

  private async launch(row: StreamJobRow) {
    this.starting.add(row.name);
    const spec = row.spec;
    try {
      const endpoint = await this.predictions.waitReady(row.endpoint, this.config.BATCH_ENDPOINT_READY_TIMEOUT_MS);
      const output = new RecordOutput({ inputFormat: lineFormat(spec.contentType), accept: lineFormat(spec.accept), joinInput: false });
      const predictor = new RecordPredictor(this.predictions, endpoint, lineFormat(spec.contentType), undefined, output);
      const consumer = new StreamConsumer(
        this.kafka!,
        spec,
        endpoint,
        predictor,
        { sessionTimeoutMs: this.config.KAFKA_SESSION_TIMEOUT_MS, heartbeatIntervalMs: this.config.KAFKA_HEARTBEAT_INTERVAL_MS },
        this.metrics,
        this.logger,
      );
      await consumer.start();
      this.consumers.set(row.name, consumer);
    } catch (error) {
      if (error instanceof AppError && error.code === 'FailedPrecondition') {
        // The endpoint failed to deploy: retrying cannot help until someone fixes it and resumes the job.
        this.logger.error({ err: error, job: row.name }, 'stream job failed');
        await this.repository.setStatus(row.name, 'Failed', error.message).catch(() => undefined);
      } else {
        this.logger.error({ err: error, job: row.name }, 'stream job could not start; retrying');
      }
    } finally {
      this.starting.delete(row.name);
    }
  }

  private async retire(consumer: StreamConsumer) {
    await this.repository.report(consumer.spec.name, this.config.BATCH_INSTANCE_ID, consumer.takeCounts()).catch(() => undefined);
    await consumer.stop();
  }

  private async view(row: StreamJobRow, withLag = false): Promise<StreamJob> {
    const counters = await this.repository.counters(row.name);
    return {
      spec: row.spec,
      status: row.status,
      failureReason: row.failure_reason,
      recordsIn: counters.recordsIn,
      recordsOut: counters.recordsOut,
      recordsDeadLettered: counters.deadLettered,
      recordsPerSecond: Math.round(counters.recordsPerSecond * 10) / 10,
      lag: withLag && this.kafka ? await this.lag(row.spec).catch(() => []) : [],
      createdAt: row.created_at.toISOString(),
      endpoint: row.endpoint,
    };
  }

  /** Per partition: the group's committed offset, the end of the partition, and the difference. */
  private async lag(spec: StreamJobSpec__Output): Promise<PartitionLag[]> {
    if (!this.admin) {
      const admin = this.kafka!.admin();
      await admin.connect();
      this.admin = admin;
    }
    const [ends, groups] = await Promise.all([
      this.admin.fetchTopicOffsets(spec.inputTopic),
      this.admin.fetchOffsets({ groupId: spec.consumerGroup, topics: [spec.inputTopic] }),
    ]);
    const committed = new Map(groups[0]?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
    return ends
      .map((end) => {
        const offset = committed.get(end.partition) ?? -1;
        const high = Number(end.high);
        return {
          partition: end.partition,
          committedOffset: offset,
          highWatermark: high,
          lag: high - (offset < 0 ? Number(end.low) : offset),
        };
      })
      .sort((a, b) => a.partition - b.partition);
  }
}

const lineFormat = (contentType: string) => recordLineFormat(requestFormat(contentType));

function streamDefaults(spec: StreamJobSpec__Output): StreamJobSpec__Output {
  return {
    ...spec,
    target: spec.target ? { ...spec.target, instanceCount: spec.target.instanceCount || 1 } : null,
    deadLetterTopic: spec.deadLetterTopic || `${spec.inputTopic}.dead-letter`,
    contentType: spec.contentType || 'application/jsonlines',
    accept: spec.accept || 'application/jsonlines',
    consumerGroup: spec.consumerGroup || `modelserve-${spec.name}`,
    maxBatchRecords: spec.maxBatchRecords || 100,
    maxBatchDelayMs: spec.maxBatchDelayMs || 500,
  };
}

function checkStreamSpec(spec: StreamJobSpec__Output) {
  checkResourceName('stream job', spec.name);
  if (spec.name.length > JOB_NAME_MAX) throw invalidRequest(`stream job name must be at most ${JOB_NAME_MAX} characters`);
  for (const [field, topic] of [
    ['inputTopic', spec.inputTopic],
    ['outputTopic', spec.outputTopic],
    ['deadLetterTopic', spec.deadLetterTopic],
  ]) {
    if (!TOPIC.test(topic)) throw invalidRequest(`${field} ${JSON.stringify(topic)} is not a valid Kafka topic name`);
  }
  if (spec.outputTopic === spec.inputTopic) throw invalidRequest('outputTopic must differ from inputTopic');
  // Each message is one record: one CSV row, or one JSON value (application/json is read the same way).
  lineFormat(spec.contentType);
  lineFormat(spec.accept);
  if (!(spec.maxBatchRecords >= 1 && spec.maxBatchRecords <= 10_000)) throw invalidRequest('maxBatchRecords must be between 1 and 10000');
  if (!(spec.maxBatchDelayMs >= 1 && spec.maxBatchDelayMs <= 60_000)) throw invalidRequest('maxBatchDelayMs must be between 1 and 60000');
}
