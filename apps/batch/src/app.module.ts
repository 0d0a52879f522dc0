import { type Logger } from '@modelserve/common';
import { registryClient, type RegistryClient } from '@modelserve/contracts';
import { migrate, openDatabase } from '@modelserve/database';
import { Invoker } from '@modelserve/invocation';
import { RoutingTable, WorkerPool } from '@modelserve/routing';
import { HealthModule, MetricsModule } from '@modelserve/service';
import { ObjectStore, StorageAllowList } from '@modelserve/storage';
import { Module, type DynamicModule } from '@nestjs/common';
import { join } from 'node:path';
import { AsyncInvocationsRepository } from './async/async-invocations.repository';
import { AsyncInvocationsService } from './async/async-invocations.service';
import { AsyncNotifier } from './async/async-notifier';
import { AsyncRunner } from './async/async-runner';
import { BatchRuntime } from './batch.runtime';
import { BATCH_CONFIG, BATCH_LOGGER, REGISTRY_CLIENT, type BatchConfig } from './config';
import { MIGRATION_HISTORY_TABLE, migrations } from './database/migrations';
import { DB, type Database } from './database/schema';
import { BatchGrpc } from './grpc/batch.handlers';
import { NotebooksGrpc } from './grpc/notebooks.handlers';
import { InstanceKeys } from './notebooks/instance-keys';
import { NotebookRunner } from './notebooks/notebook-runner';
import { NotebooksRepository } from './notebooks/notebooks.repository';
import { NotebooksService } from './notebooks/notebooks.service';
import { InferenceClient } from './inference/inference-client';
import { JobEndpoints } from './inference/job-endpoints';
import { AlertsRepository } from './monitoring/alerts.repository';
import { AlertsService } from './monitoring/alerts.service';
import { CaptureFiles } from './monitoring/capture-files';
import { DriftRepository } from './monitoring/drift.repository';
import { DriftService } from './monitoring/drift.service';
import { MonitoringLoop } from './monitoring/monitoring-loop';
import { MonitoringRegistry } from './monitoring/monitoring-registry';
import { QualityRepository } from './monitoring/quality.repository';
import { QualityService } from './monitoring/quality.service';
import { BatchMetrics } from './observability/metrics';
import { StreamJobsRepository } from './stream/stream-jobs.repository';
import { StreamJobsService } from './stream/stream-jobs.service';
import { ObjectTransform } from './transform/object-transform';
import { TrainingJobsRepository } from './training/training-jobs.repository';
import { TrainingJobsService } from './training/training-jobs.service';
import { HostRunners } from './training/host-runners';
import { TrainedModelRegistrar } from './training/model-registration';
import { TrainingRunner } from './training/training-runner';
import { Tuner } from './tuning/tuner';
import { TuningJobsRepository } from './tuning/tuning-jobs.repository';
import { TuningJobsService } from './tuning/tuning-jobs.service';
import { TransformJobsRepository } from './transform/transform-jobs.repository';
import { TransformJobsService } from './transform/transform-jobs.service';
import { TransformRunner } from './transform/transform-runner';

@Module({})
export class BatchModule {
  static register(config: BatchConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: BATCH_CONFIG, useValue: config },
      { provide: BATCH_LOGGER, useValue: logger },
      {
        provide: DB,
        useFactory: async () => {
          const db = await openDatabase<Database>(config.DATABASE_URL, join(config.DATA_DIR, 'batch-db'));
          await migrate(db, migrations, MIGRATION_HISTORY_TABLE);
          return db;
        },
      },
      { provide: ObjectStore, useValue: new ObjectStore(config) },
      { provide: StorageAllowList, useValue: StorageAllowList.fromConfig(config) },
      { provide: REGISTRY_CLIENT, useFactory: () => registryClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES) },
      {
        provide: RoutingTable,
        useFactory: (registry: RegistryClient) => new RoutingTable(registry, logger),
        inject: [REGISTRY_CLIENT],
      },
      {
        provide: WorkerPool,
        useFactory: (routing: RoutingTable) =>
          new WorkerPool({ maxMessageBytes: config.GRPC_MAX_MESSAGE_BYTES, timeoutMs: config.INVOCATION_TIMEOUT_MS }, routing),
        inject: [RoutingTable],
      },
      {
        provide: Invoker,
        // Mini-batches are large already; they are queued per variant like the gateway's requests, and
        // merge only with others while small enough.
        useFactory: (routing: RoutingTable, workers: WorkerPool) =>
          new Invoker(routing, workers, { deadlineMs: config.INVOCATION_TIMEOUT_MS, runsPerInstance: 2 }),
        inject: [RoutingTable, WorkerPool],
      },
      BatchMetrics,
      JobEndpoints,
      InferenceClient,
      TransformJobsRepository,
      ObjectTransform,
      TransformRunner,
      TransformJobsService,
      StreamJobsRepository,
      StreamJobsService,
      AsyncInvocationsRepository,
      AsyncInvocationsService,
      AsyncNotifier,
      AsyncRunner,
      MonitoringRegistry,
      CaptureFiles,
      QualityRepository,
      QualityService,
      DriftRepository,
      DriftService,
      AlertsRepository,
      AlertsService,
      MonitoringLoop,
      TrainingJobsRepository,
      HostRunners,
      TrainedModelRegistrar,
      TrainingRunner,
      TrainingJobsService,
      TuningJobsRepository,
      Tuner,
      TuningJobsService,
      NotebooksRepository,
      InstanceKeys,
      NotebookRunner,
      NotebooksService,
      BatchGrpc,
      NotebooksGrpc,
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
