import * as grpc from '@grpc/grpc-js';
import type { Logger } from '@modelserve/common';
import { bindServer, channelOptions, protos, stopGrpcServer, type RegistryHandlers } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { sql } from 'kysely';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from './config';
import { DB, type Db } from './database/database';
import { KeysService } from './access/keys.service';
import { AccessGrpc } from './grpc/access.handlers';
import { FunctionsGrpc } from './grpc/functions.handlers';
import { EndpointsGrpc } from './grpc/endpoints.handlers';
import { FleetGrpc } from './grpc/fleet.handlers';
import { SageMakerFieldsGrpc } from './grpc/sagemaker-fields.handlers';
import { ModelsGrpc } from './grpc/models.handlers';
import { ArtifactJanitor } from './models/artifact-janitor';
import { Reconciler } from './placement/reconciler';
import { WorkersDirectory } from './placement/workers.directory';

/** Starts and stops the registry's parts in order: gRPC server and reconciler up, then down before the database closes. */
@Injectable()
export class RegistryRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: grpc.Server;
  grpcPort?: number;

  constructor(
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
    @Inject(DB) private readonly db: Db,
    private readonly models: ModelsGrpc,
    private readonly endpoints: EndpointsGrpc,
    private readonly fleet: FleetGrpc,
    private readonly sageMakerFields: SageMakerFieldsGrpc,
    private readonly access: AccessGrpc,
    private readonly functionsGrpc: FunctionsGrpc,
    private readonly keys: KeysService,
    private readonly janitor: ArtifactJanitor,
    private readonly workers: WorkersDirectory,
    private readonly reconciler: Reconciler,
  ) {}

  async onApplicationBootstrap() {
    await this.keys.bootstrap();
    const server = new grpc.Server(channelOptions(this.config.GRPC_MAX_MESSAGE_BYTES));
    const handlers: RegistryHandlers = {
      ...this.models.handlers(),
      ...this.endpoints.handlers(),
      ...this.fleet.handlers(),
      ...this.sageMakerFields.handlers(),
    };
    server.addService(protos().registry.modelserve.registry.v1.Registry.service, handlers);
    server.addService(protos().access.modelserve.access.v1.Access.service, this.access.handlers());
    server.addService(protos().functions.modelserve.functions.v1.Functions.service, this.functionsGrpc.handlers());
    this.grpcPort = await bindServer(server, this.config.REGISTRY_GRPC_HOST, this.config.REGISTRY_GRPC_PORT);
    this.server = server;
    this.logger.info({ port: this.grpcPort }, 'registry gRPC listening');
    this.reconciler.start();
    await this.janitor.start();
  }

  async readiness() {
    try {
      await sql`select 1`.execute(this.db);
      return { ready: this.server !== undefined, detail: { database: 'ok', liveWorkers: this.workers.live().length } };
    } catch (error) {
      return { ready: false, detail: { database: String(error) } };
    }
  }

  async onApplicationShutdown() {
    if (this.server) await stopGrpcServer(this.server, 2000);
    await this.reconciler.stop();
    await this.janitor.stop();
    await this.db.destroy();
  }
}
