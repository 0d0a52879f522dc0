import { AppError } from '@modelserve/common';
import { accessClient, type AccessClient, type RequestOf, type ResponseOf } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { BATCH_CONFIG, type BatchConfig } from '../config';
import { callRegistry } from '../inference/registry-call';

/** The platform key an instance's code uses for a run, with its secrets. */
export interface InstanceKey {
  id: string;
  secret: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Keys of notebook instances, in the registry's Access service. Each run gets a new key with the
 * scopes and resources its creator's key has at that moment (never more), revoked when the run ends:
 * a key read from a stopped instance's files is worth nothing.
 */
@Injectable()
export class InstanceKeys implements OnApplicationShutdown {
  private readonly client: AccessClient;

  constructor(@Inject(BATCH_CONFIG) config: BatchConfig) {
    this.client = accessClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES);
  }

  /** A key for a run of `instance`; undefined when the gateway checks no keys (the creator is unknown). */
  async issue(instance: string, creatorKeyId: string): Promise<InstanceKey | undefined> {
    if (!creatorKeyId) return undefined;
    const creator = await this.call('GetApiKey', { id: creatorKeyId }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NotFound') {
        throw new AppError(
          'FailedPrecondition',
          `the key that created the instance (${creatorKeyId}) was revoked, so the instance has no one's rights to act with; create the instance again with a live key`,
        );
      }
      throw error;
    });
    const issued = await this.call('CreateApiKey', {
      name: `notebook-instance:${instance}`,
      owner: creator.owner,
      scopes: creator.scopes,
      resources: creator.resources,
      expiresAt: creator.expiresAt,
    });
    return { id: issued.key!.id, secret: issued.secret, accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey };
  }

  /** Revokes a run's key; one already gone is fine. */
  async revoke(id: string) {
    if (!id) return;
    await this.call('DeleteApiKey', { id }).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'NotFound')) throw error;
    });
  }

  private async call<K extends 'GetApiKey' | 'CreateApiKey' | 'DeleteApiKey'>(
    method: K,
    request: RequestOf<AccessClient[K]>,
  ): Promise<ResponseOf<AccessClient[K]>> {
    return (await callRegistry(this.client, method, request)) as ResponseOf<AccessClient[K]>;
  }

  onApplicationShutdown() {
    this.client.close();
  }
}
