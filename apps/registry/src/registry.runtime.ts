import * as grpc from '@grpc/grpc-js';
import type { Logger } from '@modelserve/common';
import { bindServer, channelOptions, protos, stopGrpcServer } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { sql } from 'kysely';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from './config';
import { DB, type Db } from './database/database';
import { EndpointsService } from './endpoints/endpoints.service';
import { registryHandlers } from './grpc/registry.handlers';
import { ModelsService } from './models/models.service';
import { Reconciler } from './placement/reconciler.service';
import { RoutingTableService } from './placement/routing-table.service';
import { TrafficStats } from './placement/traffic-stats';
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
    private readonly models: ModelsService,
    private readonly endpoints: EndpointsService,
    private readonly workers: WorkersDirectory,
    private readonly reconciler: Reconciler,
    private readonly routing: RoutingTableService,
    private readonly traffic: TrafficStats,
  ) {}

  async onApplicationBootstrap() {
    const server = new grpc.Server(channelOptions(this.config.GRPC_MAX_MESSAGE_BYTES));
    server.addService(
      protos().registry.modelserve.registry.v1.Registry.service,
      registryHandlers({
        models: this.models,
        endpoints: this.endpoints,
        workers: this.workers,
        reconciler: this.reconciler,
        routing: this.routing,
        traffic: this.traffic,
        heartbeatIntervalMs: this.config.HEARTBEAT_INTERVAL_MS,
        logger: this.logger,
      }),
    );
    this.grpcPort = await bindServer(server, this.config.REGISTRY_GRPC_HOST, this.config.REGISTRY_GRPC_PORT);
    this.server = server;
    this.logger.info({ port: this.grpcPort }, 'registry gRPC listening');
    this.reconciler.start();
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
    await this.db.destroy();
  }
}
