import { type Logger } from '@modelserve/common';
import { HealthModule } from '@modelserve/service';
import { Module, type DynamicModule } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from './config';
import { WORKER_LOGGER, WorkerRuntime } from './worker.runtime';

@Module({})
export class WorkerModule {
  static register(config: WorkerConfig, logger: Logger): DynamicModule {
    const shared = [{ provide: WORKER_CONFIG, useValue: config }, { provide: WORKER_LOGGER, useValue: logger }, WorkerRuntime];
    return {
      module: WorkerModule,
      imports: [
        HealthModule.register({
          useFactory: (runtime: WorkerRuntime) => () => runtime.readiness(),
          inject: [WorkerRuntime],
        }),
      ],
      providers: shared,
      exports: shared,
      global: true,
    };
  }
}
