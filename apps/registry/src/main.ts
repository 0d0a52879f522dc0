import { createLogger } from '@modelserve/common';
import { runMain, startService } from '@modelserve/service';
import { RegistryModule } from './app.module';
import { loadRegistryConfig } from './config';

runMain('registry', async () => {
  const config = loadRegistryConfig();
  const logger = createLogger('registry', config.LOG_LEVEL);
  await startService({
    name: 'registry',
    module: RegistryModule.register(config, logger),
    httpHost: config.REGISTRY_GRPC_HOST,
    httpPort: config.REGISTRY_HTTP_PORT,
    grpcTls: config,
    logger,
  });
});
