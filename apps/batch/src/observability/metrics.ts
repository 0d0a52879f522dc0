import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** From a few milliseconds (a small mini-batch) to minutes (a large one on a slow model). */
const BATCH_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** The batch service's Prometheus metrics, on its HTTP port at /metrics. */
@Injectable()
export class BatchMetrics {
  readonly registry = new Registry();

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

  /** Where the running-jobs gauge reads its values, set once the job runners exist. */
  runningJobs: () => { transform: number; stream: number } = () => ({ transform: 0, stream: 0 });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const read = () => this.runningJobs();
    new Gauge({
      name: 'modelserve_batch_running_jobs',
      help: 'Transform jobs running and stream jobs consuming on this instance',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      collect() {
        const running = read();
        this.set({ kind: 'transform' }, running.transform);
        this.set({ kind: 'stream' }, running.stream);
      },
    });
  }
}
