import type { Logger } from '@modelserve/common';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import { DeploymentDriver } from '../deployments/deployment-driver';
import { EndpointsRepository, type Endpoint } from '../endpoints/endpoints.repository';
import type { PlacementTrigger } from '../endpoints/placement-trigger';
import type { ResolvedVariant } from '../endpoints/variants.query';
import { PassPlacements } from './pass-placements';
import { PlacementsRepository, type Placement } from './placements.repository';
import { RoutePublisher } from './route-publisher';
import { WorkerLoads } from './worker-loads';
import { modelKey, WorkersDirectory } from './workers.directory';

/**
 * Drives every endpoint towards its config: places each variant on `instanceCount` live workers and
 * has them load it, notices workers that vanished or restarted, moves endpoints between Creating,
 * InService, Failed and gone, steps deployments, and then republishes the routing table. Runs on a
 * timer and whenever something changes; one pass at a time.
 */
@Injectable()
export class Reconciler implements PlacementTrigger {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly endpoints: EndpointsRepository,
    private readonly placements: PlacementsRepository,
    private readonly workers: WorkersDirectory,
    private readonly loads: WorkerLoads,
    private readonly routes: RoutePublisher,
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
    this.loads.close();
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
    const endpoints = await this.endpoints.list();
    const variants = await this.endpoints.liveVariantsOf(endpoints.map((e) => e.id));
    const placements = new PassPlacements(await this.placements.list(), variants);
    await this.dropGoneWorkers(placements);
    await this.auditRestartedWorkers(placements);

    for (const endpoint of endpoints) {
      const live = variants.get(endpoint.id) ?? [];
      if (endpoint.status === 'Deleting') {
        await this.teardown(endpoint, live, placements);
      } else if (endpoint.status === 'Updating' && endpoint.deployment) {
        const kept = await this.deployments.advance(endpoint, live, placements.ofEndpoint(endpoint.id), (dropped) =>
          this.releaseAll(dropped, live, placements),
        );
        // Only the generations the deployment still needs are kept loaded.
        await this.converge(
          endpoint,
          live.filter((v) => kept.includes(v.generation)),
          placements,
        );
      } else if (endpoint.status !== 'Failed') {
        await this.converge(endpoint, live, placements);
      }
    }

    await this.routes.refresh();
  }

  private async dropGoneWorkers(placements: PassPlacements) {
    for (const placement of placements.all().filter((p) => this.workers.isGone(p.workerId))) {
      this.logger.warn({ workerId: placement.workerId, endpointId: placement.endpointId }, 'worker gone; placing its models elsewhere');
      await this.placements.remove(placement);
      placements.remove(placement);
    }
  }

  /** A worker that restarted (or that this registry has just met) may lack models placed on it: load them again. */
  private async auditRestartedWorkers(placements: PassPlacements) {
    for (const worker of this.workers.takeWorkersToAudit()) {
      for (const placement of placements.onWorker(worker.id).filter((p) => p.state === 'Ready')) {
        const model = placements.modelOf(placement);
        if (model && !worker.loaded.has(model)) {
          this.logger.info({ workerId: worker.id, model }, 'worker lacks a placed model; loading it again');
          await this.setState(placement, 'Loading');
        }
      }
    }
  }

  /** Brings each variant to its instance count of loaded placements; moves a Creating endpoint to InService or Failed. */
  private async converge(endpoint: Endpoint, variants: ResolvedVariant[], placements: PassPlacements) {
    let allReady = true;
    for (const variant of variants) {
      const mine = placements.ofVariant(endpoint.id, variant);
      const model = modelKey(variant.model, variant.version);

      const failed = mine.find((p) => p.state === 'Failed');
      if (failed && endpoint.status === 'Creating') {
        const reason = `variant ${variant.name} (${model}) failed to load: ${failed.error ?? 'unknown error'}`;
        this.logger.warn({ endpoint: endpoint.name, reason }, 'endpoint failed');
        await this.endpoints.setStatus(endpoint, 'Failed', reason);
        await this.releaseAll(placements.ofEndpoint(endpoint.id), variants, placements);
        return;
      }

      for (const placement of mine) {
        const worker = this.workers.liveWorker(placement.workerId);
        if (placement.state === 'Failed') {
          await this.placements.remove(placement);
          placements.remove(placement);
        } else if (placement.state === 'Loading' && worker && !this.loads.isLoading(placement)) {
          if (worker.loaded.has(model)) await this.setState(placement, 'Ready');
          else this.loads.load(placement, variant, worker.address, () => void this.trigger());
        }
      }

      let active = placements.ofVariant(endpoint.id, variant);
      const missing = variant.instanceCount - active.length;
      if (missing > 0) await this.place(endpoint, variant, active, missing, placements);
      if (missing < 0) {
        // Capacity was lowered: give up instances that are not serving yet first.
        const surplus = [...active].sort((a, b) => Number(a.state === 'Ready') - Number(b.state === 'Ready')).slice(0, -missing);
        for (const placement of surplus) await this.release(placement, variant, placements);
        active = active.filter((p) => !surplus.includes(p));
      }
      const ready = active.filter((p) => p.state === 'Ready').length;
      if (ready < variant.instanceCount && variant.generation === endpoint.generation) allReady = false;
    }
    if (endpoint.status === 'Creating' && allReady && variants.length > 0) {
      // Gateways are told it serves before anyone can read that it does: a client that invokes as soon
      // as it sees InService (as the SDK's waiter does) finds it routed.
      await this.routes.refresh(new Set([endpoint.id]));
      await this.endpoints.setStatus(endpoint, 'InService');
      this.logger.info({ endpoint: endpoint.name }, 'endpoint in service');
    }
  }

  /** Puts a variant on the least busy live workers that do not host it yet. */
  private async place(endpoint: Endpoint, variant: ResolvedVariant, existing: Placement[], count: number, placements: PassPlacements) {
    const busy = (workerId: string) => placements.onWorker(workerId).length;
    const candidates = this.workers
      .live()
      .filter((w) => !existing.some((p) => p.workerId === w.id))
      .sort((a, b) => busy(a.id) - busy(b.id) || a.id.localeCompare(b.id))
      .slice(0, count);
    for (const worker of candidates) {
      const placement: Placement = {
        endpointId: endpoint.id,
        generation: variant.generation,
        variant: variant.name,
        workerId: worker.id,
        workerAddress: worker.address,
        state: 'Loading',
        error: null,
      };
      await this.placements.add(placement);
      placements.add(placement);
      this.logger.info({ endpoint: endpoint.name, variant: variant.name, workerId: worker.id }, 'variant placed');
      this.loads.load(placement, variant, worker.address, () => void this.trigger());
    }
  }

  private async teardown(endpoint: Endpoint, variants: ResolvedVariant[], placements: PassPlacements) {
    await this.releaseAll(placements.ofEndpoint(endpoint.id), variants, placements);
    await this.endpoints.delete(endpoint.id);
    await this.endpoints.addEvent(endpoint.name, 'system', 'Deleted', {});
    this.logger.info({ endpoint: endpoint.name }, 'endpoint deleted');
  }

  private async releaseAll(released: Placement[], variants: ResolvedVariant[], placements: PassPlacements) {
    for (const placement of released) {
      const variant = variants.find((v) => v.generation === placement.generation && v.name === placement.variant);
      await this.release(placement, variant, placements);
    }
  }

  /** Removes one placement and unloads its model from the worker unless another placement there still uses it. */
  private async release(placement: Placement, variant: ResolvedVariant | undefined, placements: PassPlacements) {
    await this.placements.remove(placement);
    placements.remove(placement);
    const worker = this.workers.liveWorker(placement.workerId);
    if (!variant || !worker || placements.usesModel(worker.id, modelKey(variant.model, variant.version))) return;
    this.loads.unload(worker.address, variant.model, variant.version);
  }

  private async setState(placement: Placement, state: Placement['state']) {
    await this.placements.setState(placement, state);
    placement.state = state;
  }
}
