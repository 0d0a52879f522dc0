import { Controller, Get, Header, Inject, Module, type DynamicModule } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
/** Where /metrics text comes from: a prom-client Registry, or an aggregate over several processes. */
export interface MetricsSource {
  metrics(): Promise<string>;
}

const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

@Controller()
class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: MetricsSource) {}

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  render() {
    return this.registry.metrics();
  }
}

/** /metrics in Prometheus' text format, from the registry that holds a service's metrics. */
@Module({})
export class MetricsModule {
  static register(registryProvider: { useFactory: (...deps: never[]) => MetricsSource; inject?: unknown[] }): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_REGISTRY, ...(registryProvider as object) } as never],
    };
  }
}

/**
 * prom-client's default gauges whose names end in `_total`, a suffix Prometheus keeps for counters
 * (`promtool check metrics` refuses them). The same figures remain, by type, in `nodejs_active_handles`,
 * `nodejs_active_requests` and `nodejs_active_resources`.
 */
const MISNAMED_DEFAULTS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

/** A service's metrics registry: Node's process metrics (those Prometheus names allow), to which the service adds its own. */
export function serviceMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const name of MISNAMED_DEFAULTS) registry.removeSingleMetric(name);
  return registry;
}
