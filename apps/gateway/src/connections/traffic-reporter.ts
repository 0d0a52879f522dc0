import type { Logger } from '@modelserve/common';
import { unary, type VariantTraffic } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { GATEWAY_LOGGER } from '../config';
import { RegistryConnection } from './service-connections';

const REPORT_EVERY_MS = 500;
/** Latencies sent per endpoint generation and report at most. */
const MAX_LATENCIES = 2000;

/**
 * Sums up what each endpoint generation served (requests, server-side errors, latencies) and sends it to
 * the registry twice a second, where updates in progress compare it with their rollback thresholds.
 */
@Injectable()
export class TrafficReporter implements OnApplicationShutdown {
  private pending = new Map<string, VariantTraffic & { latenciesMs: number[]; requests: number; errors: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly registry: RegistryConnection,
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
    if (this.pending.size === 0) return;
    const variants = [...this.pending.values()];
    this.pending = new Map();
    await unary(this.registry.client, 'ReportTraffic', { variants }, undefined, 2000).catch((error: unknown) =>
      this.logger.debug({ err: error }, 'traffic report not delivered'),
    );
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }
}
