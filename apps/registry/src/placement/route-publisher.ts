import type { RoutingTable, VariantRoute } from '@modelserve/contracts';
import { Injectable } from '@nestjs/common';
import { EndpointsRepository, type Endpoint } from '../endpoints/endpoints.repository';
import type { ResolvedVariant } from '../endpoints/variants.query';
import { PlacementsRepository } from './placements.repository';
import { WorkersDirectory } from './workers.directory';

type Listener = (table: RoutingTable) => void;

/**
 * The routing table gateways follow (WatchRoutes): every endpoint's variants with their weights,
 * signatures, batching and the addresses of their ready instances. Rebuilt from the database after
 * each reconcile pass and pushed to watchers only when it changed.
 */
@Injectable()
export class RoutePublisher {
  private revision = 0;
  private current: RoutingTable = { revision: 0, endpoints: [] };
  private fingerprint = '';
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly endpoints: EndpointsRepository,
    private readonly placements: PlacementsRepository,
    private readonly workers: WorkersDirectory,
  ) {}

  /** Calls the listener with the current table now and with every new one; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Publishes the table as the database has it; `goingInService` endpoints are published InService already. */
  async refresh(goingInService: ReadonlySet<number> = new Set()): Promise<void> {
    const endpoints = (await this.endpoints.list())
      .filter((e) => e.status !== 'Deleting')
      .map((e) => (goingInService.has(e.id) ? { ...e, status: 'InService' as const } : e));
    const variants = await this.endpoints.liveVariantsOf(endpoints.map((e) => e.id));
    const placements = await this.placements.list();
    this.publish(
      endpoints.map((endpoint) => {
        const live = variants.get(endpoint.id) ?? [];
        return {
          name: endpoint.name,
          status: endpoint.status,
          dataCapture: endpoint.dataCapture,
          asyncInference: endpoint.asyncInference,
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
              .filter(
                (p) =>
                  p.endpointId === endpoint.id && p.generation === variant.generation && p.variant === variant.name && p.state === 'Ready',
              )
              .map((p) => this.workers.liveWorker(p.workerId)?.address ?? p.workerAddress)
              .sort(),
          })),
        };
      }),
    );
  }

  private publish(endpoints: NonNullable<RoutingTable['endpoints']>): void {
    const fingerprint = JSON.stringify(endpoints);
    if (fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    this.current = { revision: ++this.revision, endpoints };
    for (const listener of this.listeners) listener(this.current);
  }
}

/**
 * A variant's weight in the routing table. Outside an update that is its own weight. During an update
 * the next generation gets the deployment's traffic share and the current one the rest, each split
 * between its variants by their weights.
 */
function effectiveWeight(endpoint: Endpoint, variant: ResolvedVariant, live: ResolvedVariant[]): number {
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
