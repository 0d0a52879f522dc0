import { serviceMetricsRegistry } from '@modelserve/service';
import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { EndpointsRepository } from './endpoints/endpoints.repository';
import { PlacementsRepository } from './placement/placements.repository';
import { WorkersDirectory } from './placement/workers.directory';

const ENDPOINT_STATUSES = ['Creating', 'InService', 'Updating', 'Failed', 'Deleting'];
const PLACEMENT_STATES = ['Loading', 'Ready', 'Failed'];

/**
 * The registry's Prometheus metrics: the fleet as the registry sees it (live workers, endpoints by
 * status, instances by state), read from its own state when scraped.
 */
@Injectable()
export class RegistryMetrics {
  readonly registry = serviceMetricsRegistry();

  constructor(endpoints: EndpointsRepository, placements: PlacementsRepository, workers: WorkersDirectory) {
    new Gauge({
      name: 'modelserve_registry_live_workers',
      help: 'Inference workers that heartbeat within WORKER_TTL_MS',
      registers: [this.registry],
      collect() {
        this.set(workers.live().length);
      },
    });
    new Gauge({
      name: 'modelserve_registry_endpoints',
      help: 'Endpoints by status',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const counts = new Map(ENDPOINT_STATUSES.map((status) => [status, 0]));
        for (const endpoint of await endpoints.list()) counts.set(endpoint.status, (counts.get(endpoint.status) ?? 0) + 1);
        for (const [status, count] of counts) this.set({ status }, count);
      },
    });
    new Gauge({
      name: 'modelserve_registry_instances',
      help: 'Instances of endpoint variants placed on workers, by state',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const counts = new Map(PLACEMENT_STATES.map((state) => [state, 0]));
        for (const placement of await placements.list()) counts.set(placement.state, (counts.get(placement.state) ?? 0) + 1);
        for (const [state, count] of counts) this.set({ state }, count);
      },
    });
  }
}
