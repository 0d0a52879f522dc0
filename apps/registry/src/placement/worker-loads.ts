import type { Logger } from '@modelserve/common';
import { unary, workerControlClient, type WorkerControlClient } from '@modelserve/contracts';
import { isConnectionFailure, metadataWithRequestId } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import type { ResolvedVariant } from '../endpoints/variants.query';
import { placementKey, PlacementsRepository, type Placement, type PlacementKey } from './placements.repository';
import { modelKey } from './workers.directory';

/** Longest a worker may take to fetch and open a model. */
const LOAD_TIMEOUT_MS = 120_000;

/** The load and unload calls to workers, one load per placement at a time, and what their outcomes mean for placements. */
@Injectable()
export class WorkerLoads {
  private readonly inFlight = new Set<string>();
  private readonly clients = new Map<string, WorkerControlClient>();

  constructor(
    private readonly placements: PlacementsRepository,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  isLoading(placement: PlacementKey): boolean {
    return this.inFlight.has(placementKey(placement));
  }

  /**
   * Asks the worker at `address` (where it last said it listens) to load the variant's model and records
   * the outcome: Ready, Failed with the reason, or no placement at all when the worker could not be
   * reached (so it is placed elsewhere). `settled` runs once the outcome is recorded.
   */
  load(placement: Placement, variant: ResolvedVariant, address: string, settled: () => void): void {
    const key = placementKey(placement);
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    const request = {
      ref: { model: variant.model, version: variant.version },
      artifactUri: variant.artifactUri,
      sha256: variant.sha256,
      runtime: variant.runtime ?? {},
    };
    unary(this.client(address), 'LoadModel', request, metadataWithRequestId(`load-${key}`), LOAD_TIMEOUT_MS)
      .then(() => this.placements.setState(placement, 'Ready'))
      .catch(async (error: unknown) => {
        if (isConnectionFailure(error)) {
          this.logger.warn({ workerId: placement.workerId, err: error }, 'worker unreachable for a load; placing elsewhere');
          await this.placements.remove(placement);
        } else {
          const message = (error as { details?: string }).details ?? String(error);
          this.logger.warn(
            { workerId: placement.workerId, model: modelKey(variant.model, variant.version), error: message },
            'load failed',
          );
          await this.placements.setState(placement, 'Failed', message);
        }
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not record a load outcome'))
      .finally(() => {
        this.inFlight.delete(key);
        settled();
      });
  }

  /** Asks the worker to unload a model; a failure is only logged, since a worker that restarts has nothing loaded. */
  unload(workerAddress: string, model: string, version: number): void {
    unary(this.client(workerAddress), 'UnloadModel', { ref: { model, version } }).catch((error: unknown) =>
      this.logger.warn({ err: error, workerAddress }, 'unload failed'),
    );
  }

  close(): void {
    for (const client of this.clients.values()) client.close();
    this.clients.clear();
  }

  private client(address: string): WorkerControlClient {
    let client = this.clients.get(address);
    if (!client) {
      client = workerControlClient(address, this.config.GRPC_MAX_MESSAGE_BYTES);
      this.clients.set(address, client);
    }
    return client;
  }
}
