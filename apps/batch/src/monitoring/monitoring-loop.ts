import type { Logger } from '@modelserve/common';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { AlertsService } from './alerts.service';
import { DriftService } from './drift.service';
import { QualityService } from './quality.service';

/**
 * Drives monitoring's background work: due schedule windows and orphaned baselines and executions every
 * MONITORING_POLL_MS, alert rules as they come due, and the reading of new capture files every
 * MONITORING_INGEST_MS.
 * Each loop waits for its turn to finish before the next is timed, so turns never overlap.
 */
@Injectable()
export class MonitoringLoop {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private turns = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly drift: DriftService,
    private readonly alerts: AlertsService,
    private readonly quality: QualityService,
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    // Separate loops, so that a long drift check never holds up alert rules.
    this.every(this.config.MONITORING_POLL_MS, 'drift monitoring', () => this.drift.tick());
    this.every(Math.min(this.config.MONITORING_POLL_MS, this.config.ALERT_EVALUATION_MS), 'alert evaluation', () => this.alerts.tick());
    this.every(this.config.MONITORING_INGEST_MS, 'capture reading', () => this.quality.ingestAll());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.allSettled([...this.turns]);
    await this.drift.drain();
  }

  private every(ms: number, what: string, turn: () => Promise<void>) {
    const schedule = () => {
      if (this.stopped) return;
      this.timers.set(
        what,
        setTimeout(() => {
          const running = turn()
            .catch((error) => this.logger.warn({ err: error }, `${what} turn failed; retrying`))
            .finally(() => {
              this.turns.delete(running);
              schedule();
            });
          this.turns.add(running);
        }, ms),
      );
    };
    schedule();
  }
}
