import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** From half a millisecond (a small model in process) to seconds (a large batch). */
const LATENCY_BUCKETS_SECONDS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The gateway's Prometheus metrics, per endpoint and variant. */
@Injectable()
export class GatewayMetrics {
  readonly registry = new Registry();

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

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
