import { createLogger } from '@modelserve/common';
import { runMain } from '@modelserve/service';
import cluster from 'node:cluster';
import { loadGatewayConfig } from './config';

runMain('gateway', async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  if (cluster.isPrimary && config.GATEWAY_PROCESSES > 1) {
    // The supervisor only forks and watches: it loads none of the gateway itself.
    const { superviseGatewayProcesses } = await import('./processes');
    superviseGatewayProcesses(config.GATEWAY_PROCESSES, logger);
    return;
  }
  const { startGateway } = await import('./gateway.app');
  await startGateway(config, logger);
});
