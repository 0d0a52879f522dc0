import { decodeRequest, outputsDisagree, type OutputTensor, type RecordFormat } from '@modelserve/codecs';
import type { EndpointRoute__Output, VariantRoute__Output } from '@modelserve/contracts';
import { inferRequestFor, isShadow, outputsOf, WorkerPool } from '@modelserve/routing';
import { Injectable } from '@nestjs/common';
import { GatewayMetrics } from '../observability/metrics';

/** Copies of requests in flight to shadow variants at most; past it, copies are skipped and counted. */
const MAX_SHADOW_IN_FLIGHT = 64;

/**
 * Sends copies of served requests to an endpoint's shadow variants. The copy starts after the caller's
 * answer has been sent, its answer is never returned, and a failure never reaches the caller; latency,
 * errors and disagreement with the production answer are recorded per shadow variant.
 */
@Injectable()
export class ShadowTraffic {
  private inFlight = 0;

  constructor(
    private readonly workers: WorkerPool,
    private readonly metrics: GatewayMetrics,
  ) {}

  mirror(endpoint: EndpointRoute__Output, format: RecordFormat, body: unknown, requestId: string, production: OutputTensor[]): void {
    for (const shadow of endpoint.variants) {
      if (!isShadow(shadow) || !(Math.random() * 100 < shadow.shadowSamplingPercent)) continue;
      const labels = { endpoint: endpoint.name, variant: shadow.name };
      if (shadow.workerAddresses.length === 0 || this.inFlight >= MAX_SHADOW_IN_FLIGHT) {
        this.metrics.shadowRequests.inc({ ...labels, outcome: 'skipped' });
        continue;
      }
      this.inFlight++;
      setImmediate(() => {
        void this.send(shadow, labels, format, body, requestId, production).finally(() => this.inFlight--);
      });
    }
  }

  private async send(
    shadow: VariantRoute__Output,
    labels: { endpoint: string; variant: string },
    format: RecordFormat,
    body: unknown,
    requestId: string,
    production: OutputTensor[],
  ): Promise<void> {
    const started = performance.now();
    try {
      const inputs = decodeRequest(format, body, shadow.inputs);
      const response = await this.workers.infer(shadow.workerAddresses, inferRequestFor(shadow, inputs, `${requestId}-shadow`), requestId);
      this.metrics.shadowLatency.observe(labels, (performance.now() - started) / 1000);
      this.metrics.shadowRequests.inc({ ...labels, outcome: 'ok' });
      if (outputsDisagree(production, outputsOf(shadow, response))) this.metrics.shadowDisagreements.inc(labels);
    } catch {
      this.metrics.shadowRequests.inc({ ...labels, outcome: 'error' });
    }
  }
}
