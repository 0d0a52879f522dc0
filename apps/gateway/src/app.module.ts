import { HealthModule, type Logger } from '@modelserve/common';
import { Module, type DynamicModule } from '@nestjs/common';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from './config';
import { DataCaptureWriter } from './capture/data-capture';
import { InvocationsController } from './invocations/invocations.controller';
import { GatewayMetrics, MetricsController } from './observability/metrics';
import { InvocationsService } from './invocations/invocations.service';
import { ShadowTraffic } from './invocations/shadow-traffic';
import { EndpointConfigsController, EndpointsController } from './management/endpoints.controller';
import { ModelsController } from './management/models.controller';
import { RegistryConnection } from './routing/registry.client';
import { RoutingTable } from './routing/routing-table';
import { TrafficReporter } from './routing/traffic-reporter';
import { WorkerPool } from './routing/worker-pool';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: GATEWAY_LOGGER, useValue: logger },
      RegistryConnection,
      RoutingTable,
      WorkerPool,
      GatewayMetrics,
      DataCaptureWriter,
      ShadowTraffic,
      TrafficReporter,
      InvocationsService,
    ];
    return {
      module: GatewayModule,
      global: true,
      imports: [
        HealthModule.register({
          useFactory: (routing: RoutingTable) => () => ({ ready: routing.hasTable, detail: { routingTable: routing.hasTable } }),
          inject: [RoutingTable],
        }),
      ],
      controllers: [ModelsController, EndpointConfigsController, EndpointsController, InvocationsController, MetricsController],
      providers,
      exports: providers,
    };
  }
}
