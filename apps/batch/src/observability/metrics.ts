import { Injectable } from '@nestjs/common';
import { serviceMetricsRegistry } from '@modelserve/service';
import { Counter, Gauge, Histogram } from 'prom-client';

/** From a few milliseconds (a small mini-batch) to minutes (a large one on a slow model). */
const BATCH_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** The batch service's Prometheus metrics, on its HTTP port at /metrics. */
@Injectable()
export class BatchMetrics {
  readonly registry = serviceMetricsRegistry();

  readonly records = new Counter({
    name: 'modelserve_batch_records_total',
    help: 'Records by kind of job (transform, stream) and outcome: predicted, failed (error file) or dead_lettered',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly miniBatchDuration = new Histogram({
    name: 'modelserve_batch_predict_duration_seconds',
    help: 'Time of one mini-batch on a worker, by endpoint, retries included',
    labelNames: ['endpoint'] as const,
    buckets: BATCH_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly transformJobsFinished = new Counter({
    name: 'modelserve_transform_jobs_finished_total',
    help: 'Transform jobs this instance finished, by final status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly asyncInvocations = new Counter({
    name: 'modelserve_async_invocations_total',
    help: 'Asynchronous invocations this instance answered, by endpoint and outcome (completed, failed)',
    labelNames: ['endpoint', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly monitoringExecutions = new Counter({
    name: 'modelserve_monitoring_executions_total',
    help: 'Monitoring schedule executions this instance finished, by schedule and status (Completed, CompletedWithViolations, Failed)',
    labelNames: ['schedule', 'status'] as const,
    registers: [this.registry],
  });

  readonly alertTransitions = new Counter({
    name: 'modelserve_alert_transitions_total',
    help: 'Alert rules this instance saw fire or resolve, by rule and state (firing, resolved)',
    labelNames: ['rule', 'state'] as const,
    registers: [this.registry],
  });

  readonly trainingJobsFinished = new Counter({
    name: 'modelserve_training_jobs_finished_total',
    help: 'Training jobs this instance finished, by final status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly trainingMetric = new Gauge({
    name: 'modelserve_training_metric',
    help: 'The last value a training job running on this instance printed of each of its metric definitions',
    labelNames: ['job', 'metric'] as const,
    registers: [this.registry],
  });

  /** Where the running-jobs gauge reads its values, set once the job runners exist. */
  runningJobs: () => { transform: number; stream: number; async: number; training: number; notebook: number } = () => ({
    transform: 0,
    stream: 0,
    async: 0,
    training: 0,
    notebook: 0,
  });

  /** Where the asynchronous queue gauges read their values: the queue in PostgreSQL, shared by every instance. */
  asyncBacklog: () => Promise<{ endpoint: string; depth: number; oldestSeconds: number }[]> = async () => [];

  constructor() {
    const read = () => this.runningJobs();
    const backlog = () => this.asyncBacklog();
    // Both gauges are read from one query per scrape.
    let pending: ReturnType<typeof backlog> | undefined;
    const sharedBacklog = () => (pending ??= backlog().finally(() => setImmediate(() => (pending = undefined))));
    new Gauge({
      name: 'modelserve_async_queue_depth',
      help: 'Asynchronous invocations queued or running, by endpoint (every batch instance shares the queue)',
      labelNames: ['endpoint'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of await sharedBacklog()) this.set({ endpoint: row.endpoint }, row.depth);
      },
    });
    new Gauge({
      name: 'modelserve_async_oldest_request_age_seconds',
      help: 'Age of the oldest asynchronous invocation queued or running, by endpoint',
      labelNames: ['endpoint'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of await sharedBacklog()) this.set({ endpoint: row.endpoint }, row.oldestSeconds);
      },
    });
    new Gauge({
      name: 'modelserve_batch_running_jobs',
      help: 'Transform jobs running, stream jobs consuming, asynchronous invocations, training jobs and notebook instances running on this instance',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      collect() {
        const running = read();
        this.set({ kind: 'transform' }, running.transform);
        this.set({ kind: 'stream' }, running.stream);
        this.set({ kind: 'async' }, running.async);
        this.set({ kind: 'training' }, running.training);
        this.set({ kind: 'notebook' }, running.notebook);
      },
    });
  }
}
