import { type Logger } from '@modelserve/common';
import { HealthModule } from '@modelserve/service';
import { ObjectStore } from '@modelserve/storage';
import { Module, type DynamicModule } from '@nestjs/common';
import { join } from 'node:path';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from './config';
import { migrate, openDatabase } from '@modelserve/database';
import { DB } from './database/database';
import { migrations } from './database/migrations';
import type { Database } from './database/schema';
import { EndpointsRepository } from './endpoints/endpoints.repository';
import { EndpointsService } from './endpoints/endpoints.service';
import { ModelsRepository } from './models/models.repository';
import { ModelsService, OBJECT_STORE } from './models/models.service';
import { DeploymentDriver } from './placement/deployment-driver';
import { Reconciler } from './placement/reconciler.service';
import { TrafficStats } from './placement/traffic-stats';
import { RoutingTableService } from './placement/routing-table.service';
import { WorkersDirectory } from './placement/workers.directory';
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
      { provide: OBJECT_STORE, useValue: new ObjectStore(config) },
      ModelsRepository,
      ModelsService,
      EndpointsRepository,
      EndpointsService,
      WorkersDirectory,
      RoutingTableService,
      TrafficStats,
      DeploymentDriver,
      Reconciler,
      RegistryRuntime,
    ];
    return {
      module: RegistryModule,
      global: true,
      imports: [HealthModule.register({ useFactory: (runtime: RegistryRuntime) => () => runtime.readiness(), inject: [RegistryRuntime] })],
      providers,
      exports: providers,
    };
  }
}
