import { type Logger } from '@modelserve/common';
import { HealthModule, MetricsModule } from '@modelserve/service';
import { Module, type DynamicModule } from '@nestjs/common';
import { BatchRuntime } from './batch.runtime';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from './config';
import { BatchMetrics } from './observability/metrics';

@Module({})
export class BatchModule {
  static register(config: BatchConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: BATCH_CONFIG, useValue: config },
      { provide: BATCH_LOGGER, useValue: logger },
      BatchMetrics,
      BatchRuntime,
    ];
    return {
      module: BatchModule,
      global: true,
      imports: [
        HealthModule.register({ useFactory: (runtime: BatchRuntime) => () => runtime.readiness(), inject: [BatchRuntime] }),
        MetricsModule.register({ useFactory: (metrics: BatchMetrics) => metrics.registry, inject: [BatchMetrics] }),
      ],
      providers,
      exports: providers,
    };
  }
}
