import { type Logger } from '@modelserve/common';
import { HealthModule, MetricsModule } from '@modelserve/service';
import { ObjectStore, StorageAllowList } from '@modelserve/storage';
import { Module, type DynamicModule } from '@nestjs/common';
import { join } from 'node:path';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from './config';
import { migrate, openDatabase } from '@modelserve/database';
import { AuditRepository } from './access/audit.repository';
import { KeysRepository } from './access/keys.repository';
import { KeysService } from './access/keys.service';
import { QuotasRepository } from './access/quotas.repository';
import { QuotasService } from './access/quotas.service';
import { DB } from './database/database';
import { migrations } from './database/migrations';
import type { Database } from './database/schema';
import { AlarmStates } from './deployments/alarm-states';
import { DeploymentDriver } from './deployments/deployment-driver';
import { DeploymentsService } from './deployments/deployments.service';
import { TrafficStats } from './deployments/traffic-stats';
import { EndpointConfigsRepository } from './endpoints/configs.repository';
import { EndpointConfigsService } from './endpoints/endpoint-configs.service';
import { EndpointsRepository } from './endpoints/endpoints.repository';
import { EndpointsService } from './endpoints/endpoints.service';
import { PLACEMENT_TRIGGER } from './endpoints/placement-trigger';
import { AccessGrpc } from './grpc/access.handlers';
import { FunctionsGrpc } from './grpc/functions.handlers';
import { ApisRepository } from './functions/apis.repository';
import { ApisService } from './functions/apis.service';
import { FunctionsRepository } from './functions/functions.repository';
import { FunctionsService } from './functions/functions.service';
import { EndpointsGrpc } from './grpc/endpoints.handlers';
import { FleetGrpc } from './grpc/fleet.handlers';
import { ModelsGrpc } from './grpc/models.handlers';
import { SageMakerFieldsGrpc } from './grpc/sagemaker-fields.handlers';
import { SageMakerFieldsRepository } from './sagemaker/sagemaker-fields.repository';
import { ArtifactJanitor } from './models/artifact-janitor';
import { ModelsRepository } from './models/models.repository';
import { ModelsService } from './models/models.service';
import { InstanceCounts } from './placement/instance-counts';
import { PlacementsRepository } from './placement/placements.repository';
import { Reconciler } from './placement/reconciler';
import { RoutePublisher } from './placement/route-publisher';
import { WorkerLoads } from './placement/worker-loads';
import { WorkersDirectory } from './placement/workers.directory';
import { FiguresService } from './figures/figures.service';
import { RegistryMetrics } from './registry.metrics';
import { RegistryRuntime } from './registry.runtime';

@Module({})
export class RegistryModule {
  static register(config: RegistryConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: REGISTRY_CONFIG, useValue: config },
      { provide: REGISTRY_LOGGER, useValue: logger },
      {
        provide: DB,
        useFactory: async () => {
          const db = await openDatabase<Database>(config.DATABASE_URL, join(config.DATA_DIR, 'registry-db'));
          await migrate(db, migrations);
          logger.info({ database: config.DATABASE_URL ? 'postgresql' : 'embedded pglite' }, 'database ready');
          return db;
        },
      },
      { provide: ObjectStore, useValue: new ObjectStore(config) },
      { provide: StorageAllowList, useValue: StorageAllowList.fromConfig(config) },
      // Layers, each depending only on those above it: functions, access, models, endpoints, deployments, placement, gRPC.
      FunctionsRepository,
      FunctionsService,
      ApisRepository,
      ApisService,
      KeysRepository,
      KeysService,
      QuotasRepository,
      QuotasService,
      AuditRepository,
      ModelsRepository,
      ModelsService,
      ArtifactJanitor,
      EndpointConfigsRepository,
      EndpointConfigsService,
      EndpointsRepository,
      EndpointsService,
      TrafficStats,
      AlarmStates,
      DeploymentDriver,
      DeploymentsService,
      PlacementsRepository,
      WorkersDirectory,
      WorkerLoads,
      RoutePublisher,
      InstanceCounts,
      Reconciler,
      // Endpoints and deployments nudge placement through this, without importing it.
      { provide: PLACEMENT_TRIGGER, useExisting: Reconciler },
      ModelsGrpc,
      SageMakerFieldsRepository,
      SageMakerFieldsGrpc,
      EndpointsGrpc,
      AccessGrpc,
      FunctionsGrpc,
      FleetGrpc,
      RegistryMetrics,
      FiguresService,
      RegistryRuntime,
    ];
    return {
      module: RegistryModule,
      global: true,
      imports: [
        HealthModule.register({ useFactory: (runtime: RegistryRuntime) => () => runtime.readiness(), inject: [RegistryRuntime] }),
        MetricsModule.register({ useFactory: (metrics: RegistryMetrics) => metrics.registry, inject: [RegistryMetrics] }),
      ],
      providers,
      exports: providers,
    };
  }
}
