import { createLogger } from '@modelserve/common';
import { runMain, startService } from '@modelserve/service';
import { loadWorkerConfig } from './config';
import { WorkerModule } from './app.module';

runMain('inference-worker', async () => {
  const config = loadWorkerConfig();
  const logger = createLogger('inference-worker', config.LOG_LEVEL);
  await startService({
    name: 'inference-worker',
    module: WorkerModule.register(config, logger),
    httpHost: config.WORKER_GRPC_HOST,
    httpPort: config.WORKER_HTTP_PORT,
    grpcTls: config,
    logger,
  });
});
