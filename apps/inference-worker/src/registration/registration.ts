import { type Logger } from '@modelserve/common';
import { metadataWithRequestId } from '@modelserve/service';
import { registryClient, unary, type RegistryClient } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { WORKER_CONFIG, WORKER_LOGGER, type WorkerConfig } from '../config';
import { ModelStore } from '../models/model-store';
import { WorkerMetrics } from '../observability/metrics';

/**
 * Announces the worker to the registry and heartbeats with the models it has loaded. The registry
 * places models from what it hears here; after either side restarts, the next heartbeat reconciles.
 */
@Injectable()
export class Registration {
  private readonly client: RegistryClient;
  private readonly incarnation = randomUUID();
  private readonly workerId: string;
  private intervalMs: number;
  /** Where the registry and gateways reach this worker; known once the gRPC server listens. */
  private address = '';
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private connected = false;

  constructor(
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly store: ModelStore,
    private readonly metrics: WorkerMetrics,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
  ) {
    this.client = registryClient(config.REGISTRY_ADDRESS);
    this.workerId = config.WORKER_ID;
    this.intervalMs = config.HEARTBEAT_INTERVAL_MS;
  }

  get isConnected() {
    return this.connected;
  }

  start(address: string) {
    this.address = address;
    void this.beat();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.client.close();
  }

  private async beat() {
    const runs = this.metrics.takeRunFigures();
    try {
      const response = await unary(
        this.client,
        'Heartbeat',
        {
          workerId: this.workerId,
          address: this.address,
          incarnation: this.incarnation,
          loaded: this.store.list().map((m) => m.ref),
          runs,
        },
        metadataWithRequestId(`heartbeat-${this.workerId}`),
        Math.max(this.intervalMs * 2, 2000),
      );
      if (!this.connected) this.logger.info({ workerId: this.workerId, address: this.address }, 'registered with the registry');
      this.connected = true;
      if (response.heartbeatIntervalMs > 0) this.intervalMs = response.heartbeatIntervalMs;
    } catch (error) {
      this.metrics.giveBack(runs);
      if (this.connected) this.logger.warn({ err: error }, 'registry unreachable; still serving loaded models');
      this.connected = false;
    }
    if (!this.stopped) this.timer = setTimeout(() => void this.beat(), this.intervalMs);
  }
}
