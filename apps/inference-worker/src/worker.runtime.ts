import type * as grpc from '@grpc/grpc-js';
import { type Logger } from '@modelserve/common';
import { stopGrpcServer } from '@modelserve/contracts';
import { ObjectStore } from '@modelserve/storage';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { startWorkerGrpcServer } from './grpc/worker-grpc.server';
import { ArtifactCache } from './models/artifact-cache';
import { ModelStore } from './models/model-store.service';
import { Registration } from './registration/registration.service';
import { WORKER_CONFIG, type WorkerConfig } from './config';

export const WORKER_LOGGER = Symbol('WORKER_LOGGER');

/** Owns the worker's moving parts: the model store, the gRPC server and the registration heartbeat. */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly store: ModelStore;
  private server?: grpc.Server;
  private registration?: Registration;
  grpcPort?: number;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
  ) {
    this.store = new ModelStore(
      new ArtifactCache(new ObjectStore(config), config.MODEL_CACHE_DIR),
      {
        intraOpNumThreads: config.ORT_INTRA_OP_THREADS,
        interOpNumThreads: config.ORT_INTER_OP_THREADS,
        graphOptimizationLevel: 'all',
        executionMode: 'sequential',
        // Idle onnxruntime threads sleep instead of spinning: the gateway processes share these cores.
        extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
      },
      logger,
    );
  }

  async onApplicationBootstrap() {
    const { server, port } = await startWorkerGrpcServer(
      this.store,
      this.logger,
      this.config.WORKER_GRPC_HOST,
      this.config.WORKER_GRPC_PORT,
      this.config.GRPC_MAX_MESSAGE_BYTES,
    );
    this.server = server;
    this.grpcPort = port;
    const address = this.config.WORKER_ADVERTISE_ADDRESS || `127.0.0.1:${port}`;
    this.logger.info({ address, workerId: this.config.WORKER_ID }, 'inference gRPC listening');
    this.registration = new Registration(
      this.config.REGISTRY_ADDRESS,
      this.config.WORKER_ID,
      address,
      this.store,
      this.config.HEARTBEAT_INTERVAL_MS,
      this.logger,
    );
    this.registration.start();
  }

  readiness() {
    return {
      ready: this.server !== undefined,
      detail: { registryConnected: this.registration?.isConnected ?? false, models: this.store.list().length },
    };
  }

  async onApplicationShutdown() {
    await this.registration?.stop();
    if (this.server) await stopGrpcServer(this.server);
    await this.store.unloadAll();
  }
}
