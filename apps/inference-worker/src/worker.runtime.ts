import type * as grpc from '@grpc/grpc-js';
import { type Logger } from '@modelserve/common';
import { stopGrpcServer } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WORKER_CONFIG, WORKER_LOGGER, type WorkerConfig } from './config';
import { startWorkerGrpcServer } from './grpc/worker-grpc.server';
import { ModelStore } from './models/model-store';
import { Registration } from './registration/registration';

/** Starts and stops the worker's parts in order: the gRPC server, then the heartbeat; on shutdown the reverse, then the models. */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: grpc.Server;
  grpcPort?: number;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
    private readonly store: ModelStore,
    private readonly registration: Registration,
  ) {}

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
    this.registration.start(address);
  }

  readiness() {
    return {
      ready: this.server !== undefined,
      detail: { registryConnected: this.registration.isConnected, models: this.store.list().length },
    };
  }

  async onApplicationShutdown() {
    await this.registration.stop();
    if (this.server) await stopGrpcServer(this.server);
    await this.store.unloadAll();
  }
}
