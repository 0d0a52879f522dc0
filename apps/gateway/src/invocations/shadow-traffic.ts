import { decodeRequest, outputsDisagree, type OutputTensor, type RecordFormat } from '@modelserve/codecs';
import type { VariantRoute__Output } from '@modelserve/contracts';
import { Invoker, type Selection } from '@modelserve/invocation';
import { isShadow } from '@modelserve/routing';
import { Injectable } from '@nestjs/common';
import { GatewayMetrics } from '../observability/metrics';

/** Copies of requests in flight to shadow variants at most; past it, copies are skipped and counted. */
const MAX_SHADOW_IN_FLIGHT = 64;

/**
 * Sends copies of served requests to an endpoint's shadow variants. The copy starts after the caller's
 * answer has been sent, its answer is never returned, and a failure never reaches the caller; latency,
 * errors and disagreement with the production answer are recorded per shadow variant. Copies go
 * through the same invoker as requests, so they are queued and batched like them.
 */
@Injectable()
export class ShadowTraffic {
  private inFlight = 0;

  constructor(
    private readonly invoker: Invoker,
    private readonly metrics: GatewayMetrics,
  ) {}

  mirror(production: Selection, format: RecordFormat, body: Buffer, requestId: string, answer: OutputTensor[]): void {
    const { endpoint } = production;
    for (const shadow of endpoint.variants) {
      if (!isShadow(shadow) || !(Math.random() * 100 < shadow.shadowSamplingPercent)) continue;
      const labels = { endpoint: endpoint.name, variant: shadow.name };
      if (shadow.workerAddresses.length === 0 || this.inFlight >= MAX_SHADOW_IN_FLIGHT) {
        this.metrics.shadowRequests.inc({ ...labels, outcome: 'skipped' });
        continue;
      }
      this.inFlight++;
      setImmediate(() => {
        void this.send({ endpoint, variant: shadow }, labels, format, body, requestId, answer).finally(() => this.inFlight--);
      });
    }
  }

  private async send(
    selection: Selection & { variant: VariantRoute__Output },
    labels: { endpoint: string; variant: string },
    format: RecordFormat,
    body: Buffer,
    requestId: string,
    production: OutputTensor[],
  ): Promise<void> {
    const started = performance.now();
    try {
      const { tensors } = decodeRequest(format, body, selection.variant.inputs);
      const outputs = await this.invoker.run(selection, tensors, `${requestId}-shadow`);
      this.metrics.shadowLatency.observe(labels, (performance.now() - started) / 1000);
      this.metrics.shadowRequests.inc({ ...labels, outcome: 'ok' });
      if (outputsDisagree(production, outputs)) this.metrics.shadowDisagreements.inc(labels);
    } catch {
      this.metrics.shadowRequests.inc({ ...labels, outcome: 'error' });
    }
  }
}
