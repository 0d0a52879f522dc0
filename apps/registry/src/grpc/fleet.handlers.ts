import { invalidRequest, type Logger } from '@modelserve/common';
import type { RegistryHandlers } from '@modelserve/contracts';
import { unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import { FiguresService } from '../figures/figures.service';
import { TrafficStats } from '../deployments/traffic-stats';
import { Reconciler } from '../placement/reconciler';
import { RoutePublisher } from '../placement/route-publisher';
import { WorkersDirectory } from '../placement/workers.directory';

type FleetHandlers = Pick<RegistryHandlers, 'Heartbeat' | 'WatchRoutes' | 'ReportTraffic'>;

/** The calls of the platform's own processes: workers' heartbeats, gateways' route watches and traffic reports. */
@Injectable()
export class FleetGrpc {
  constructor(
    private readonly workers: WorkersDirectory,
    private readonly reconciler: Reconciler,
    private readonly routes: RoutePublisher,
    private readonly traffic: TrafficStats,
    private readonly figures: FiguresService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): FleetHandlers {
    const { logger } = this;
    return {
      Heartbeat: unaryHandler(logger, 'Heartbeat', (r) => {
        if (!r.workerId || !/^[^:\s]+:\d+$/.test(r.address)) throw invalidRequest('a heartbeat needs a worker id and a host:port address');
        if (this.workers.heartbeat(r.workerId, r.address, r.incarnation, r.loaded)) void this.reconciler.trigger();
        // Figures are best effort: a heartbeat is answered even when they cannot be saved.
        void this.figures.recordRuns(r.runs).catch((error: unknown) => logger.warn({ err: error }, 'model run figures not saved'));
        return { heartbeatIntervalMs: this.config.HEARTBEAT_INTERVAL_MS };
      }),

      WatchRoutes: (call) => {
        const unsubscribe = this.routes.subscribe((table) => call.write(table));
        const stop = () => unsubscribe();
        call.on('cancelled', stop);
        call.on('close', stop);
        call.on('error', stop);
      },

      // Gateways' counts of each endpoint generation's requests, errors and latencies, which deployments watch.
      ReportTraffic: unaryHandler(logger, 'ReportTraffic', (r) => {
        this.traffic.record(
          r.variants.map((v) => ({
            endpoint: v.endpoint,
            generation: v.generation,
            requests: v.requests,
            errors: v.errors,
            latenciesMs: v.latenciesMs,
          })),
        );
        void this.figures.recordVariants(r.figures).catch((error: unknown) => logger.warn({ err: error }, 'variant figures not saved'));
        return {};
      }),
    };
  }
}
