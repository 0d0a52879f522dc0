import { createLogger } from '@modelserve/common';
import { runMain, startService } from '@modelserve/service';
import { BatchModule } from './app.module';
import { loadBatchConfig } from './config';

runMain('batch', async () => {
  const config = loadBatchConfig();
  const logger = createLogger('batch', config.LOG_LEVEL);
  await startService({
    name: 'batch',
    module: BatchModule.register(config, logger),
    httpHost: config.BATCH_HOST,
    httpPort: config.BATCH_HTTP_PORT,
    grpcTls: config,
    logger,
  });
});
