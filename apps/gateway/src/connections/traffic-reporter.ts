import type { Logger } from '@modelserve/common';
import { unary, type VariantTraffic } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { GATEWAY_LOGGER } from '../config';
import { GatewayMetrics } from '../observability/metrics';
import { RegistryConnection } from './service-connections';

const REPORT_EVERY_MS = 500;
/** Figures for the figures API (GET /v1/endpoints/{name}/metrics) go along this often. */
const FIGURES_EVERY_MS = 5000;
/** Latencies sent per endpoint generation and report at most. */
const MAX_LATENCIES = 2000;

/**
 * Sums up what each endpoint generation served (requests, server-side errors, latencies) and sends it to
 * the registry twice a second, where updates in progress compare it with their rollback thresholds;
 * every few seconds, the figures of every variant go along (counts and latency, overhead, queue-wait and
 * batch-size histograms), which the registry keeps for the figures API. Reports are best effort: one
 * the registry does not take (it is restarting) is dropped.
 */
@Injectable()
export class TrafficReporter implements OnApplicationShutdown {
  private pending = new Map<string, VariantTraffic & { latenciesMs: number[]; requests: number; errors: number }>();
  private readonly timer: NodeJS.Timeout;
  private figuresSentAt = Date.now();

  constructor(
    private readonly registry: RegistryConnection,
    private readonly metrics: GatewayMetrics,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.send(), REPORT_EVERY_MS);
    this.timer.unref();
  }

  record(endpoint: string, generation: number, latencyMs: number, serverError: boolean): void {
    const key = `${endpoint}/${generation}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { endpoint, generation, requests: 0, errors: 0, latenciesMs: [] };
      this.pending.set(key, entry);
    }
    entry.requests++;
    if (serverError) entry.errors++;
    if (entry.latenciesMs.length < MAX_LATENCIES) entry.latenciesMs.push(latencyMs);
  }

  private async send() {
    const figuresDue = Date.now() - this.figuresSentAt >= FIGURES_EVERY_MS;
    if (this.pending.size === 0 && !figuresDue) return;
    const variants = [...this.pending.values()];
    this.pending = new Map();
    const figures = figuresDue ? this.metrics.figures.take() : [];
    if (figuresDue) this.figuresSentAt = Date.now();
    if (variants.length === 0 && figures.length === 0) return;
    await unary(this.registry.client, 'ReportTraffic', { variants, figures }, undefined, 2000).catch((error: unknown) =>
      this.logger.debug({ err: error }, 'traffic report not delivered'),
    );
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }
}
