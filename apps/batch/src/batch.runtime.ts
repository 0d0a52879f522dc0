import * as grpc from '@grpc/grpc-js';
import { type Logger } from '@modelserve/common';
import { metadataWithRequestId } from '@modelserve/service';
import { bindServer, channelOptions, protos, registryClient, stopGrpcServer, unary, type RegistryClient } from '@modelserve/contracts';
import { migrate, openDatabase } from '@modelserve/database';
import { Invoker } from '@modelserve/invocation';
import { RoutingTable, WorkerPool } from '@modelserve/routing';
import { ObjectStore } from '@modelserve/storage';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { sql } from 'kysely';
import { join } from 'node:path';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from './config';
import { MIGRATION_HISTORY_TABLE, migrations } from './database/migrations';
import type { Database, Db } from './database/schema';
import { batchHandlers } from './grpc/batch.handlers';
import { BatchMetrics } from './observability/metrics';
import { Predictions } from './prediction/predictions';
import { StreamJobsRepository } from './stream/stream-jobs.repository';
import { StreamJobsService } from './stream/stream-jobs.service';
import { TransformJobsRepository } from './transform/transform-jobs.repository';
import { TransformJobsService } from './transform/transform-jobs.service';
import { TransformRunner } from './transform/transform-runner';

/**
 * The batch service's parts, started and stopped in order: database, routes from the registry, the
 * gRPC API, the transform job runner and the stream job consumers. On shutdown running jobs stop at
 * their last checkpoint and resume when the service is back.
 */
@Injectable()
export class BatchRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly registry: RegistryClient;
  private readonly store: ObjectStore;
  private readonly routing: RoutingTable;
  private readonly workers: WorkerPool;
  private readonly invoker: Invoker;
  private db?: Db;
  private server?: grpc.Server;
  private runner?: TransformRunner;
  private streams?: StreamJobsService;
  grpcPort?: number;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
    private readonly metrics: BatchMetrics,
  ) {
    this.registry = registryClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES);
    this.store = new ObjectStore(config);
    this.routing = new RoutingTable(this.registry, logger);
    this.workers = new WorkerPool(
      { maxMessageBytes: config.GRPC_MAX_MESSAGE_BYTES, timeoutMs: config.INVOCATION_TIMEOUT_MS },
      this.routing,
    );
    // Mini-batches are large already; they are queued per variant like the gateway's requests, and
    // merge only with others while small enough.
    this.invoker = new Invoker(this.routing, this.workers, { deadlineMs: config.INVOCATION_TIMEOUT_MS, runsPerInstance: 2 });
  }

  async onApplicationBootstrap() {
    const config = this.config;
    const db = await openDatabase<Database>(config.DATABASE_URL, join(config.DATA_DIR, 'batch-db'));
    await migrate(db, migrations, MIGRATION_HISTORY_TABLE);
    this.db = db;
    this.routing.onApplicationBootstrap();
    const predictions = new Predictions(this.registry, this.routing, this.invoker, this.metrics, this.logger);
    const transformRepository = new TransformJobsRepository(db);
    this.runner = new TransformRunner(config, transformRepository, this.store, predictions, this.metrics, this.logger);
    const transforms = new TransformJobsService(transformRepository, predictions, this.runner);
    this.streams = new StreamJobsService(config, new StreamJobsRepository(db), predictions, this.metrics, this.logger);
    const { runner, streams } = this;
    this.metrics.runningJobs = () => ({ transform: runner.runningJobs, stream: streams.consumingJobs });

    const server = new grpc.Server(channelOptions(config.GRPC_MAX_MESSAGE_BYTES));
    server.addService(protos().batch.modelserve.batch.v1.Batch.service, batchHandlers(transforms, this.streams, this.logger));
    this.grpcPort = await bindServer(server, config.BATCH_GRPC_HOST, config.BATCH_GRPC_PORT);
    this.server = server;
    this.logger.info(
      { port: this.grpcPort, instance: config.BATCH_INSTANCE_ID, database: config.DATABASE_URL ? 'postgresql' : 'embedded pglite' },
      'batch gRPC listening',
    );
    this.runner.start();
    this.streams.start();
  }

  async readiness() {
    const [registry, storage, database] = await Promise.all([
      unary(this.registry, 'ListModels', {}, metadataWithRequestId('batch-readiness'), 2000).then(
        () => 'ok',
        (error: { details?: string }) => `unreachable: ${error.details ?? String(error)}`,
      ),
      this.store.client.bucketExists(this.config.S3_BUCKET).then(
        () => 'ok',
        (error: Error) => `unreachable: ${error.message}`,
      ),
      this.db
        ? sql`select 1`.execute(this.db).then(
            () => 'ok',
            (error: Error) => `unreachable: ${error.message}`,
          )
        : 'starting',
    ]);
    return {
      ready: registry === 'ok' && storage === 'ok' && database === 'ok' && this.server !== undefined,
      detail: {
        registry,
        storage,
        database,
        streamJobs: this.config.KAFKA_BROKERS ? 'enabled' : 'disabled: KAFKA_BROKERS is not set',
      },
    };
  }

  async onApplicationShutdown() {
    if (this.server) await stopGrpcServer(this.server, 2000);
    await this.runner?.stop();
    await this.streams?.stop();
    this.routing.onApplicationShutdown();
    this.workers.onApplicationShutdown();
    this.registry.close();
    await this.db?.destroy();
  }
}
