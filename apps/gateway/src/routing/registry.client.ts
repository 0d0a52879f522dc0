import { ACTOR_HEADER, actorFrom, fromGrpcError, metadataWithRequestId } from '@modelserve/common';
import { registryClient, unary, type RegistryClient, type RequestOf, type ResponseOf } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';

type UnaryMethodName = {
  [K in keyof RegistryClient]: RequestOf<RegistryClient[K]> extends never ? never : K;
}[keyof RegistryClient];

/** A management call waits this long for the registry (for instance while it restarts), then fails with 503. */
const REGISTRY_TIMEOUT_MS = 10_000;

/** The gateway's one connection to the registry; errors come back as the domain errors the registry raised. */
@Injectable()
export class RegistryConnection implements OnApplicationShutdown {
  readonly client: RegistryClient;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.client = registryClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES);
  }

  /** Calls the registry on behalf of an HTTP request: its request id and actor go along as metadata. */
  async call<K extends UnaryMethodName>(
    method: K,
    request: RequestOf<RegistryClient[K]>,
    caller: { id: string; headers: Record<string, unknown> },
  ): Promise<ResponseOf<RegistryClient[K]>> {
    const metadata = metadataWithRequestId(caller.id);
    metadata.set(ACTOR_HEADER, actorFrom(caller.headers[ACTOR_HEADER]));
    try {
      return await unary(this.client, method, request, metadata, REGISTRY_TIMEOUT_MS, true);
    } catch (error) {
      throw fromGrpcError(error);
    }
  }

  onApplicationShutdown() {
    this.client.close();
  }
}
