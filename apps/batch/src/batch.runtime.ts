import * as grpc from '@grpc/grpc-js';
import { type Logger } from '@modelserve/common';
import { bindServer, channelOptions, protos, stopGrpcServer, unary, type RegistryClient } from '@modelserve/contracts';
import { RoutingTable, WorkerPool } from '@modelserve/routing';
import { metadataWithRequestId } from '@modelserve/service';
import { ObjectStore } from '@modelserve/storage';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { sql } from 'kysely';
import { BATCH_CONFIG, BATCH_LOGGER, REGISTRY_CLIENT, type BatchConfig } from './config';
import { DB, type Db } from './database/schema';
import { AsyncInvocationsRepository } from './async/async-invocations.repository';
import { AsyncRunner } from './async/async-runner';
import { BatchGrpc } from './grpc/batch.handlers';
import { NotebooksGrpc } from './grpc/notebooks.handlers';
import { NotebookRunner } from './notebooks/notebook-runner';
import { MonitoringLoop } from './monitoring/monitoring-loop';
import { BatchMetrics } from './observability/metrics';
import { StreamJobsService } from './stream/stream-jobs.service';
import { TrainingRunner } from './training/training-runner';
import { Tuner } from './tuning/tuner';
import { TransformRunner } from './transform/transform-runner';

/**
 * Starts and stops the batch service's parts in order: routes from the registry, the gRPC API, the
 * transform job runner, the stream job consumers, asynchronous invocations, monitoring and training jobs. On shutdown running jobs stop at their last
 * checkpoint and resume when the service is back.
 */
@Injectable()
export class BatchRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: grpc.Server;
  grpcPort?: number;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
    @Inject(DB) private readonly db: Db,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
    private readonly store: ObjectStore,
    private readonly routing: RoutingTable,
    private readonly workers: WorkerPool,
    private readonly grpcHandlers: BatchGrpc,
    private readonly runner: TransformRunner,
    private readonly streams: StreamJobsService,
    private readonly metrics: BatchMetrics,
    private readonly asyncRunner: AsyncRunner,
    private readonly asyncInvocations: AsyncInvocationsRepository,
    private readonly monitoring: MonitoringLoop,
    private readonly training: TrainingRunner,
    private readonly tuner: Tuner,
    private readonly notebookHandlers: NotebooksGrpc,
    private readonly notebooks: NotebookRunner,
  ) {}

  async onApplicationBootstrap() {
    const config = this.config;
    this.routing.onApplicationBootstrap();
    this.metrics.runningJobs = () => ({
      transform: this.runner.runningJobs,
      stream: this.streams.consumingJobs,
      async: this.asyncRunner.runningRequests,
      training: this.training.runningJobs,
      notebook: this.notebooks.runningInstances,
    });
    this.metrics.asyncBacklog = () => this.asyncInvocations.backlog();
    const server = new grpc.Server(channelOptions(config.GRPC_MAX_MESSAGE_BYTES));
    server.addService(protos().batch.modelserve.batch.v1.Batch.service, this.grpcHandlers.handlers());
    server.addService(protos().notebooks.modelserve.notebooks.v1.Notebooks.service, this.notebookHandlers.handlers());
    this.grpcPort = await bindServer(server, config.BATCH_GRPC_HOST, config.BATCH_GRPC_PORT);
    this.server = server;
    this.logger.info(
      { port: this.grpcPort, instance: config.BATCH_INSTANCE_ID, database: config.DATABASE_URL ? 'postgresql' : 'embedded pglite' },
      'batch gRPC listening',
    );
    this.runner.start();
    this.streams.start();
    this.asyncRunner.start();
    this.monitoring.start();
    this.training.start();
    this.tuner.start();
    this.notebooks.start();
  }

  async readiness() {
    const reachable = (check: Promise<unknown>) =>
      check.then(
        () => 'ok',
        (error: { details?: string; message?: string }) => `unreachable: ${error.details ?? error.message ?? String(error)}`,
      );
    const [registry, storage, database] = await Promise.all([
      reachable(unary(this.registry, 'ListModels', {}, metadataWithRequestId('batch-readiness'), 2000)),
      reachable(this.store.client.bucketExists(this.config.S3_BUCKET)),
      reachable(sql`select 1`.execute(this.db)),
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
    await this.runner.stop();
    await this.tuner.stop();
    await this.training.stop();
    await this.notebooks.stop();
    await this.asyncRunner.stop();
    await this.monitoring.stop();
    await this.streams.stop();
    this.routing.onApplicationShutdown();
    this.workers.onApplicationShutdown();
    this.registry.close();
    await this.db.destroy();
  }
}
