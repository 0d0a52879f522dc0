import { type Logger } from '@modelserve/common';
import { isConnectionFailure, metadataWithRequestId } from '@modelserve/service';
import { unary, workerControlClient, type VariantRoute, type WorkerControlClient } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import type { PlacementRow } from '../database/schema';
import { EndpointsRepository, type EndpointRecord, type PlacementKey, type ResolvedVariant } from '../endpoints/endpoints.repository';
import { DeploymentDriver } from './deployment-driver';
import { RoutingTableService } from './routing-table.service';
import { modelKey, WorkersDirectory } from './workers.directory';

const LOAD_TIMEOUT_MS = 120_000;
const placementKey = (p: PlacementKey) => `${p.endpoint_id}/${p.generation}/${p.variant_name}/${p.worker_id}`;
/** A live variant: endpoint, generation and name. */
const variantKey = (endpointId: number, generation: number, name: string) => `${endpointId}/${generation}/${name}`;
const ofVariant = (variant: ResolvedVariant) => (p: PlacementRow) => p.variant_name === variant.name && p.generation === variant.generation;

/**
 * Drives every endpoint towards its config: places each variant on `instanceCount` live workers,
 * asks them to load it, notices workers that vanished or restarted, moves endpoints between
 * Creating, InService, Failed and gone, and publishes the routing table the gateways follow.
 * Runs on a timer and whenever something changes; one pass at a time.
 */
@Injectable()
export class Reconciler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private readonly loadsInFlight = new Set<string>();
  private readonly clients = new Map<string, WorkerControlClient>();
  /** model:version of each live variant (variantKey), as read at the start of the current pass. */
  private readonly modelOfVariant = new Map<string, string>();

  constructor(
    private readonly endpoints: EndpointsRepository,
    private readonly workers: WorkersDirectory,
    private readonly routing: RoutingTableService,
    private readonly deployments: DeploymentDriver,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  start() {
    this.timer = setInterval(() => void this.trigger(), this.config.RECONCILE_INTERVAL_MS);
    void this.trigger();
  }

  async stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    for (const client of this.clients.values()) client.close();
  }

  /** Asks for a pass; passes never overlap, and a request during one runs another right after. */
  trigger(): Promise<void> {
    if (!this.timer) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass()
      .catch((error: unknown) => this.logger.error({ err: error }, 'reconcile pass failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.trigger();
        }
      });
    return this.running;
  }

  private async pass(): Promise<void> {
    const endpoints = await this.endpoints.listEndpoints();
    const variants = await this.endpoints.liveVariantsOf(endpoints.map((e) => e.id));
    let placements = await this.endpoints.listPlacements();
    this.modelOfVariant.clear();
    for (const endpoint of endpoints) {
      for (const variant of variants.get(endpoint.id) ?? []) {
        this.modelOfVariant.set(variantKey(endpoint.id, variant.generation, variant.name), modelKey(variant.model, variant.version));
      }
    }

    for (const placement of placements.filter((p) => this.workers.isGone(p.worker_id))) {
      this.logger.warn({ workerId: placement.worker_id, endpointId: placement.endpoint_id }, 'worker gone; placing its models elsewhere');
      await this.endpoints.removePlacement(placement);
    }
    placements = placements.filter((p) => !this.workers.isGone(p.worker_id));
    await this.auditRestartedWorkers(placements);

    for (const endpoint of endpoints) {
      const own = placements.filter((p) => p.endpoint_id === endpoint.id);
      let endpointVariants = variants.get(endpoint.id) ?? [];
      if (endpoint.status === 'Deleting') {
        await this.teardown(endpoint, own, endpointVariants, placements);
        continue;
      }
      if (endpoint.status === 'Failed') continue;
      if (endpoint.status === 'Updating' && endpoint.deployment) {
        const kept = await this.deployments.advance(endpoint, endpointVariants, own, (dropped) =>
          this.unloadAll(dropped, endpointVariants, placements),
        );
        // Only the generations the deployment still needs are kept loaded.
        endpointVariants = endpointVariants.filter((v) => kept.includes(v.generation));
      }
      await this.converge(endpoint, own, endpointVariants, placements);
    }

    await this.publishRoutes();
  }

  private async converge(endpoint: EndpointRecord, placements: PlacementRow[], variants: ResolvedVariant[], all: PlacementRow[]) {
    let allReady = true;
    for (const variant of variants) {
      const mine = placements.filter(ofVariant(variant));
      const key = modelKey(variant.model, variant.version);

      const failed = mine.find((p) => p.state === 'Failed');
      if (failed && endpoint.status === 'Creating') {
        const reason = `variant ${variant.name} (${key}) failed to load: ${failed.error ?? 'unknown error'}`;
        this.logger.warn({ endpoint: endpoint.name, reason }, 'endpoint failed');
        await this.endpoints.setStatus(endpoint, 'Failed', reason);
        await this.unloadAll(placements, variants);
        return;
      }

      for (const placement of mine) {
        const worker = this.workers.liveWorker(placement.worker_id);
        if (placement.state === 'Failed') {
          await this.endpoints.removePlacement(placement);
        } else if (placement.state === 'Loading' && worker && !this.loadsInFlight.has(placementKey(placement))) {
          if (worker.loaded.has(key)) {
            await this.endpoints.setPlacementState(placement, 'Ready');
            placement.state = 'Ready';
          } else {
            this.load(placement, variant, worker.address);
          }
        }
      }

      let active = mine.filter((p) => p.state !== 'Failed');
      const missing = variant.instanceCount - active.length;
      if (missing > 0) await this.place(endpoint, variant, active, missing);
      if (missing < 0) {
        // Capacity was lowered: give up instances that are not serving yet first.
        const surplus = [...active].sort((a, b) => Number(a.state === 'Ready') - Number(b.state === 'Ready')).slice(0, -missing);
        for (const placement of surplus) await this.release(placement, variant, all);
        active = active.filter((p) => !surplus.includes(p));
      }
      const ready = active.filter((p) => p.state === 'Ready').length;
      if (ready < variant.instanceCount && variant.generation === endpoint.generation) allReady = false;
    }
    if (endpoint.status === 'Creating' && allReady && variants.length > 0) {
      await this.endpoints.setStatus(endpoint, 'InService');
      this.logger.info({ endpoint: endpoint.name }, 'endpoint in service');
    }
  }

  /** A worker that restarted (or that this registry has just met) may lack models placed on it: load them again. */
  private async auditRestartedWorkers(placements: PlacementRow[]) {
    for (const worker of this.workers.takeWorkersToAudit()) {
      for (const placement of placements.filter((p) => p.worker_id === worker.id && p.state === 'Ready')) {
        const key = this.modelOfVariant.get(variantKey(placement.endpoint_id, placement.generation, placement.variant_name));
        if (key && !worker.loaded.has(key)) {
          this.logger.info({ workerId: worker.id, model: key }, 'worker lacks a placed model; loading it again');
          await this.endpoints.setPlacementState(placement, 'Loading');
          placement.state = 'Loading';
        }
      }
    }
  }

  /** Puts a variant on the least busy live workers that do not host it yet. */
  private async place(endpoint: EndpointRecord, variant: ResolvedVariant, existing: PlacementRow[], count: number) {
    const all = await this.endpoints.listPlacements();
    const load = (id: string) => all.filter((p) => p.worker_id === id).length;
    const candidates = this.workers
      .live()
      .filter((w) => !existing.some((p) => p.worker_id === w.id))
      .sort((a, b) => load(a.id) - load(b.id) || a.id.localeCompare(b.id))
      .slice(0, count);
    for (const worker of candidates) {
      const placement: PlacementRow = {
        endpoint_id: endpoint.id,
        generation: variant.generation,
        variant_name: variant.name,
        worker_id: worker.id,
        worker_address: worker.address,
        state: 'Loading',
        error: null,
        updated_at: new Date(),
      };
      await this.endpoints.addPlacement(placement);
      this.logger.info({ endpoint: endpoint.name, variant: variant.name, workerId: worker.id }, 'variant placed');
      this.load(placement, variant, worker.address);
    }
  }

  private load(placement: PlacementRow, variant: ResolvedVariant, address: string) {
    const key = placementKey(placement);
    if (this.loadsInFlight.has(key)) return;
    this.loadsInFlight.add(key);
    const client = this.client(address);
    unary(
      client,
      'LoadModel',
      {
        ref: { model: variant.model, version: variant.version },
        artifactUri: variant.artifactUri,
        sha256: variant.sha256,
        runtime: variant.runtime ?? {},
      },
      metadataWithRequestId(`load-${key}`),
      LOAD_TIMEOUT_MS,
    )
      .then(() => this.endpoints.setPlacementState(placement, 'Ready'))
      .catch(async (error: unknown) => {
        if (isConnectionFailure(error)) {
          this.logger.warn({ workerId: placement.worker_id, err: error }, 'worker unreachable for a load; placing elsewhere');
          await this.endpoints.removePlacement(placement);
        } else {
          const message = (error as { details?: string }).details ?? String(error);
          this.logger.warn(
            { workerId: placement.worker_id, model: modelKey(variant.model, variant.version), error: message },
            'load failed',
          );
          await this.endpoints.setPlacementState(placement, 'Failed', message);
        }
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not record a load outcome'))
      .finally(() => {
        this.loadsInFlight.delete(key);
        void this.trigger();
      });
  }

  private async teardown(endpoint: EndpointRecord, own: PlacementRow[], variants: ResolvedVariant[], all: PlacementRow[]) {
    await this.unloadAll(own, variants, all);
    await this.endpoints.deleteEndpoint(endpoint.id);
    await this.endpoints.addEvent(endpoint.name, 'system', 'Deleted', {});
    this.logger.info({ endpoint: endpoint.name }, 'endpoint deleted');
  }

  /** Removes an endpoint's placements, unloading what no other placement still uses. */
  private async unloadAll(own: PlacementRow[], variants: ResolvedVariant[], all?: PlacementRow[]) {
    const everything = all ?? (await this.endpoints.listPlacements());
    for (const placement of [...own]) {
      await this.release(
        placement,
        variants.find((v) => ofVariant(v)(placement)),
        everything,
      );
    }
  }

  /**
   * Removes one placement (from the database and from `all`, the pass's list) and unloads its model
   * from the worker unless another placement there still uses it.
   */
  private async release(placement: PlacementRow, variant: ResolvedVariant | undefined, all: PlacementRow[]) {
    await this.endpoints.removePlacement(placement);
    const index = all.findIndex((p) => placementKey(p) === placementKey(placement));
    if (index >= 0) all.splice(index, 1);
    const worker = this.workers.liveWorker(placement.worker_id);
    if (!variant || !worker) return;
    const key = modelKey(variant.model, variant.version);
    const stillUsed = all.some(
      (p) =>
        p.worker_id === placement.worker_id && this.modelOfVariant.get(variantKey(p.endpoint_id, p.generation, p.variant_name)) === key,
    );
    if (stillUsed) return;
    unary(this.client(worker.address), 'UnloadModel', { ref: { model: variant.model, version: variant.version } }).catch((error: unknown) =>
      this.logger.warn({ err: error, workerId: worker.id }, 'unload failed'),
    );
  }

  private async publishRoutes() {
    const endpoints = await this.endpoints.listEndpoints();
    const variants = await this.endpoints.liveVariantsOf(endpoints.map((e) => e.id));
    const placements = await this.endpoints.listPlacements();
    this.routing.publish(
      endpoints
        .filter((e) => e.status !== 'Deleting')
        .map((endpoint) => {
          const live = variants.get(endpoint.id) ?? [];
          return {
            name: endpoint.name,
            status: endpoint.status,
            dataCapture: endpoint.data_capture,
            variants: live.map((variant): VariantRoute => ({
              name: variant.name,
              model: { model: variant.model, version: variant.version },
              generation: variant.generation,
              weight: effectiveWeight(endpoint, variant, live),
              shadowSamplingPercent: variant.shadowSamplingPercent ?? 0,
              inputs: variant.inputs,
              outputs: variant.outputs,
              // Variants made before batching existed have none: off.
              batching: variant.batching ?? { enabled: false },
              padSingleRows: !!variant.batching?.enabled && variant.batchSupport === 'ExactWithPadding',
              workerAddresses: placements
                .filter((p) => p.endpoint_id === endpoint.id && ofVariant(variant)(p) && p.state === 'Ready')
                .map((p) => this.workers.liveWorker(p.worker_id)?.address ?? p.worker_address)
                .sort(),
            })),
          };
        }),
    );
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

/**
 * A variant's weight in the routing table. Outside an update that is its own weight. During an update
 * the next generation gets the deployment's traffic share and the current one the rest, each split
 * between its variants by their weights.
 */
function effectiveWeight(endpoint: EndpointRecord, variant: ResolvedVariant, live: ResolvedVariant[]): number {
  const deployment = endpoint.status === 'Updating' ? endpoint.deployment : null;
  if (!deployment) return variant.generation === endpoint.generation ? variant.weight : 0;
  const share =
    variant.generation === endpoint.generation
      ? 1 - deployment.trafficPercent / 100
      : variant.generation === endpoint.generation + 1
        ? deployment.trafficPercent / 100
        : 0;
  const total = live.filter((v) => v.generation === variant.generation).reduce((sum, v) => sum + v.weight, 0);
  return total > 0 ? (variant.weight / total) * share : 0;
}
