import { metadataWithRequestId } from '@modelserve/common';
import { registryClient, unary, type RegistryClient } from '@modelserve/contracts';
import { ObjectStore } from '@modelserve/storage';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { BATCH_CONFIG, type BatchConfig } from './config';

/**
 * The batch service's connections: the registry (to resolve models and reach workers) and object
 * storage (where transform jobs read and write). Readiness reports both.
 */
@Injectable()
export class BatchRuntime implements OnApplicationShutdown {
  private readonly registry: RegistryClient;
  private readonly store: ObjectStore;

  constructor(@Inject(BATCH_CONFIG) private readonly config: BatchConfig) {
    this.registry = registryClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES);
    this.store = new ObjectStore(config);
  }

  async readiness() {
    const [registry, storage] = await Promise.all([
      unary(this.registry, 'ListModels', {}, metadataWithRequestId('batch-readiness'), 2000).then(
        () => 'ok',
        (error: { details?: string }) => `unreachable: ${error.details ?? String(error)}`,
      ),
      this.store.client.bucketExists(this.config.S3_BUCKET).then(
        () => 'ok',
        (error: Error) => `unreachable: ${error.message}`,
      ),
    ]);
    return {
      ready: registry === 'ok' && storage === 'ok',
      detail: { registry, storage, streamJobs: this.config.KAFKA_BROKERS ? 'enabled' : 'disabled: KAFKA_BROKERS is not set' },
    };
  }

  onApplicationShutdown() {
    this.registry.close();
  }
}
