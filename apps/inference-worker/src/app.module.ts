import { type Logger } from '@modelserve/common';
import { HealthModule, MetricsModule } from '@modelserve/service';
import { ObjectStore } from '@modelserve/storage';
import { Module, type DynamicModule } from '@nestjs/common';
import type { InferenceSession } from 'onnxruntime-node';
import { WORKER_CONFIG, WORKER_LOGGER, type WorkerConfig } from './config';
import { ArtifactCache } from './models/artifact-cache';
import { ModelStore, SESSION_OPTIONS } from './models/model-store';
import { WorkerMetrics } from './observability/metrics';
import { Registration } from './registration/registration';
import { WorkerRuntime } from './worker.runtime';

@Module({})
export class WorkerModule {
  static register(config: WorkerConfig, logger: Logger): DynamicModule {
    const sessionOptions: InferenceSession.SessionOptions = {
      intraOpNumThreads: config.ORT_INTRA_OP_THREADS,
      interOpNumThreads: config.ORT_INTER_OP_THREADS,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
      // Idle onnxruntime threads sleep instead of spinning: the gateway processes share these cores.
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
    };
    const providers = [
      { provide: WORKER_CONFIG, useValue: config },
      { provide: WORKER_LOGGER, useValue: logger },
      { provide: SESSION_OPTIONS, useValue: sessionOptions },
      { provide: ObjectStore, useValue: new ObjectStore(config) },
      {
        provide: ArtifactCache,
        useFactory: (store: ObjectStore) => new ArtifactCache(store, config.MODEL_CACHE_DIR),
        inject: [ObjectStore],
      },
      WorkerMetrics,
      ModelStore,
      Registration,
      WorkerRuntime,
    ];
    return {
      module: WorkerModule,
      imports: [
        HealthModule.register({
          useFactory: (runtime: WorkerRuntime) => () => runtime.readiness(),
          inject: [WorkerRuntime],
        }),
        MetricsModule.register({ useFactory: (metrics: WorkerMetrics) => metrics.registry, inject: [WorkerMetrics] }),
      ],
      providers,
      exports: providers,
      global: true,
    };
  }
}
