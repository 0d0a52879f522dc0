import { Controller, Get, Header, Inject, Module, type DynamicModule } from '@nestjs/common';
import type { Registry } from 'prom-client';

const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

@Controller()
class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  render() {
    return this.registry.metrics();
  }
}

/** /metrics in Prometheus' text format, from the registry that holds a service's metrics. */
@Module({})
export class MetricsModule {
  static register(registryProvider: { useFactory: (...deps: never[]) => Registry; inject?: unknown[] }): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_REGISTRY, ...(registryProvider as object) } as never],
    };
  }
}
