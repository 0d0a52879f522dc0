import { type Logger } from '@modelserve/common';
import { metadataWithRequestId } from '@modelserve/service';
import { registryClient, unary, type RegistryClient } from '@modelserve/contracts';
import { randomUUID } from 'node:crypto';
import type { ModelStore } from '../models/model-store.service';

/**
 * Announces the worker to the registry and heartbeats with the models it has loaded. The registry
 * places models from what it hears here; after either side restarts, the next heartbeat reconciles.
 */
export class Registration {
  private readonly client: RegistryClient;
  private readonly incarnation = randomUUID();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private connected = false;

  constructor(
    registryAddress: string,
    private readonly workerId: string,
    private readonly address: string,
    private readonly store: ModelStore,
    private intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.client = registryClient(registryAddress);
  }

  get isConnected() {
    return this.connected;
  }

  start() {
    void this.beat();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.client.close();
  }

  private async beat() {
    try {
      const response = await unary(
        this.client,
        'Heartbeat',
        {
          workerId: this.workerId,
          address: this.address,
          incarnation: this.incarnation,
          loaded: this.store.list().map((m) => m.ref),
        },
        metadataWithRequestId(`heartbeat-${this.workerId}`),
        Math.max(this.intervalMs * 2, 2000),
      );
      if (!this.connected) this.logger.info({ workerId: this.workerId, address: this.address }, 'registered with the registry');
      this.connected = true;
      if (response.heartbeatIntervalMs > 0) this.intervalMs = response.heartbeatIntervalMs;
    } catch (error) {
      if (this.connected) this.logger.warn({ err: error }, 'registry unreachable; still serving loaded models');
      this.connected = false;
    }
    if (!this.stopped) this.timer = setTimeout(() => void this.beat(), this.intervalMs);
  }
}
