import { AppError, type Logger } from '@modelserve/common';
import { recordLineFormat, requestFormat } from '@modelserve/codecs';
import { streamJobSpec, type PartitionLag, type StreamJob, type StreamJobSpec__Output } from '@modelserve/contracts';
import type { StreamJobRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { InferenceClient } from '../inference/inference-client';
import { JobEndpoints } from '../inference/job-endpoints';
import { BatchMetrics } from '../observability/metrics';
import { OutputRecordEncoder } from '../records/output-record-encoder';
import { RecordPredictor } from '../records/record-predictor';
import { kafkaClient } from './kafka';
import { StreamConsumer } from './stream-consumer';
import { StreamJobsRepository, type StreamJobRow } from './stream-jobs.repository';

/** The endpoint a stream job that names a model places it on, for itself alone. */
export const ownStreamEndpointName = (job: string) => `sj-${job}`;

const RECONCILE_MS = 1000;

/**
 * Stream jobs: the API, and on every batch instance the consumers of the jobs that are Running.
 * Each instance joins every running job's consumer group, so Kafka spreads the input partitions over
 * the instances and moves them when one leaves or dies.
 */
@Injectable()
export class StreamJobsService {
  private readonly kafka?: Kafka;
  private admin?: Admin;
  private readonly consumers = new Map<string, StreamConsumer>();
  private readonly starting = new Set<string>();
  private timer?: NodeJS.Timeout;
  private reconciling = false;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly repository: StreamJobsRepository,
    private readonly endpoints: JobEndpoints,
    private readonly inference: InferenceClient,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
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

  async create(request: StreamJobRequest): Promise<StreamJob> {
    this.requireKafka();
    const spec = streamJobSpec(request);
    await this.endpoints.check(spec.target!);
    const endpoint = await this.endpoints.acquire(spec.target!, ownStreamEndpointName(spec.name));
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
    await this.endpoints.release(row.spec.target!, row.endpoint);
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
      const endpoint = await this.endpoints.waitReady(row.endpoint, this.config.BATCH_ENDPOINT_READY_TIMEOUT_MS);
      const output = new OutputRecordEncoder({
        inputFormat: lineFormat(spec.contentType),
        accept: lineFormat(spec.accept),
        joinInput: false,
      });
      const predictor = new RecordPredictor(this.inference, endpoint, lineFormat(spec.contentType), undefined, output);
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
