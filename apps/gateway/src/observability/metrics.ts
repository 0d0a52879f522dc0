import type { InvocationMetrics, QueueObserver } from '@modelserve/invocation';
import { Injectable } from '@nestjs/common';
import type { ModelVersionRef__Output } from '@modelserve/contracts';
import { observe, serviceMetricsRegistry } from '@modelserve/service';
import { GatewayFigures, type VariantFigureCounts } from './figures';
import { Counter, Gauge, Histogram } from 'prom-client';

/** From half a millisecond (a small model in process) to seconds (a large batch). */
const LATENCY_BUCKETS_SECONDS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Rows in one model run: one row alone, up to the largest batches. */
const BATCH_ROWS_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256];
/** Time in the queue: nothing under light load, up to the deadline when shedding. */
const QUEUE_WAIT_BUCKETS_SECONDS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5, 60];

/** A variant's counters with their labels bound once, so that serving a request builds no label set. */
export interface VariantMeters {
  served: { inc(): void };
  latency: { observe(seconds: number): void };
  /** What is reported to the registry for the figures API. */
  figures: VariantFigureCounts;
}

/** The gateway's Prometheus metrics, per endpoint and variant. */
@Injectable()
export class GatewayMetrics implements InvocationMetrics {
  readonly registry = serviceMetricsRegistry();

  readonly invocations = new Counter({
    name: 'modelserve_invocations_total',
    help: 'Invocations by endpoint, variant and HTTP status',
    labelNames: ['endpoint', 'variant', 'status'] as const,
    registers: [this.registry],
  });

  readonly latency = new Histogram({
    name: 'modelserve_invocation_duration_seconds',
    help: 'Time from a decoded request to its encoded answer, by endpoint and variant',
    labelNames: ['endpoint', 'variant'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly authFailures = new Counter({
    name: 'modelserve_auth_failures_total',
    help: 'Requests refused by access control: 401 (no or unknown credential) and 403 (bad signature, scope or resource)',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly quotaRejections = new Counter({
    name: 'modelserve_quota_rejections_total',
    help: 'Requests refused with 429 by a quota, by the kind of subject (key or endpoint) and the limit (rate or daily)',
    labelNames: ['subject', 'limit'] as const,
    registers: [this.registry],
  });

  readonly functionInvocations = new Counter({
    name: 'modelserve_function_invocations_total',
    help: 'Function invocations by function, version and outcome: ok, error (it threw or answered nothing valid), timeout, memory, exited, refused (it could not start) or throttled (its concurrency limit)',
    labelNames: ['function', 'version', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly functionDuration = new Histogram({
    name: 'modelserve_function_duration_seconds',
    help: 'Time a function ran per invocation, cold starts excluded',
    labelNames: ['function', 'version'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
    registers: [this.registry],
  });

  readonly functionColdStarts = new Histogram({
    name: 'modelserve_function_cold_start_seconds',
    help: 'Time from starting a function instance to its handler being loaded',
    labelNames: ['function', 'version'] as const,
    buckets: [0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });

  readonly functionConcurrency = new Gauge({
    name: 'modelserve_function_concurrent_executions',
    help: 'Invocations of a function running now in this gateway process',
    labelNames: ['function'] as const,
    registers: [this.registry],
  });

  readonly functionInstances = new Gauge({
    name: 'modelserve_function_instances',
    help: 'Function instances (processes) alive in this gateway process, busy or warm',
    registers: [this.registry],
  });

  readonly apiRequests = new Counter({
    name: 'modelserve_api_requests_total',
    help: 'Requests to public APIs by API, stage, route (method and path template, "site" for the static site) and HTTP status',
    labelNames: ['api', 'stage', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly apiLatency = new Histogram({
    name: 'modelserve_api_request_duration_seconds',
    help: 'Time to answer requests to public APIs, by API and route',
    labelNames: ['api', 'route'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly captured = new Counter({
    name: 'modelserve_capture_records_total',
    help: 'Data capture records by endpoint and outcome: written, dropped (buffer full) or failed (storage error)',
    labelNames: ['endpoint', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly shadowRequests = new Counter({
    name: 'modelserve_shadow_requests_total',
    help: 'Copies of requests sent to shadow variants, by outcome: ok, error, or skipped (no instance ready, or too many in flight)',
    labelNames: ['endpoint', 'variant', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly shadowLatency = new Histogram({
    name: 'modelserve_shadow_duration_seconds',
    help: 'Latency of shadow variants on the copies they answered',
    labelNames: ['endpoint', 'variant'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly shadowDisagreements = new Counter({
    name: 'modelserve_shadow_disagreements_total',
    help: 'Shadow answers that differ from the production answer to the same request',
    labelNames: ['endpoint', 'variant'] as const,
    registers: [this.registry],
  });

  readonly batchRows = new Histogram({
    name: 'modelserve_batch_rows',
    help: 'Rows in each model run (adaptive batching merges concurrent requests), by endpoint and variant',
    labelNames: ['endpoint', 'variant'] as const,
    buckets: BATCH_ROWS_BUCKETS,
    registers: [this.registry],
  });

  readonly batchRequests = new Histogram({
    name: 'modelserve_batch_requests',
    help: 'Requests merged into each model run, by endpoint and variant',
    labelNames: ['endpoint', 'variant'] as const,
    buckets: BATCH_ROWS_BUCKETS,
    registers: [this.registry],
  });

  readonly queueWait = new Histogram({
    name: 'modelserve_queue_wait_seconds',
    help: 'Time a request waited in its variant queue before its run started, by endpoint and variant',
    labelNames: ['endpoint', 'variant'] as const,
    buckets: QUEUE_WAIT_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly shed = new Counter({
    name: 'modelserve_shed_requests_total',
    help: 'Requests answered without reaching a model: queue_full (429) or deadline (504), by endpoint and variant',
    labelNames: ['endpoint', 'variant', 'reason'] as const,
    registers: [this.registry],
  });

  /** Where the queue depth gauge reads its values; set by the invocations service. */
  queueDepths: () => { endpoint: string; variant: string; depth: number }[] = () => [];

  private readonly meters = new Map<string, VariantMeters>();

  constructor() {
    const read = () => this.queueDepths();
    new Gauge({
      name: 'modelserve_queue_depth',
      help: 'Requests waiting in each variant queue',
      labelNames: ['endpoint', 'variant'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { endpoint, variant, depth } of read()) this.set({ endpoint, variant }, depth);
      },
    });
  }

  /** Figures reported to the registry (GET /v1/endpoints/{name}/metrics), beside the Prometheus ones. */
  readonly figures = new GatewayFigures();

  /** The served-request counter, latency histogram and figures of a variant's model version, labels bound once. */
  variant(endpoint: string, variant: string, model: ModelVersionRef__Output | null): VariantMeters {
    const key = `${endpoint}/${variant}/${model?.model}:${model?.version}`;
    let meters = this.meters.get(key);
    if (!meters) {
      meters = {
        served: this.invocations.labels({ endpoint, variant, status: '200' }),
        latency: this.latency.labels({ endpoint, variant }),
        figures: this.figures.of(endpoint, variant, model),
      };
      this.meters.set(key, meters);
    }
    return meters;
  }

  observer(endpoint: string, variant: string, model: ModelVersionRef__Output | null): QueueObserver {
    const rows = this.batchRows.labels({ endpoint, variant });
    const requests = this.batchRequests.labels({ endpoint, variant });
    const wait = this.queueWait.labels({ endpoint, variant });
    const figures = this.figures.of(endpoint, variant, model);
    return {
      batch: (rowCount, requestCount) => {
        rows.observe(rowCount);
        requests.observe(requestCount);
        observe(figures.batchRows, rowCount);
      },
      waited: (seconds) => {
        wait.observe(seconds);
        observe(figures.queueWait, seconds);
      },
      shed: (reason) => this.shed.inc({ endpoint, variant, reason }),
    };
  }
}
