import { Controller, Get, Header, Inject, Module, type DynamicModule } from '@nestjs/common';
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
