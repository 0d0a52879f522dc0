import type * as grpc from '@grpc/grpc-js';
import { ACTOR_HEADER, actorFrom, fromGrpcError, metadataWithRequestId } from '@modelserve/common';
import {
  batchClient,
  registryClient,
  unary,
  type BatchClient,
  type RegistryClient,
  type RequestOf,
  type ResponseOf,
} from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';

type UnaryMethodName<C> = {
  [K in keyof C]: RequestOf<C[K]> extends never ? never : K;
}[keyof C];

/** A management call waits this long for the service (for instance while it restarts), then fails with 503. */
const MANAGEMENT_TIMEOUT_MS = 10_000;

/** The HTTP request a management call is made for: its request id and actor go along as metadata. */
export interface Caller {
  id: string;
  headers: Record<string, unknown>;
}

/** Calls a platform service on behalf of an HTTP request; errors come back as the domain errors the service raised. */
async function callFor<C extends grpc.Client, K extends UnaryMethodName<C>>(
  client: C,
  method: K,
  request: RequestOf<C[K]>,
  caller: Caller,
): Promise<ResponseOf<C[K]>> {
  const metadata = metadataWithRequestId(caller.id);
  metadata.set(ACTOR_HEADER, actorFrom(caller.headers[ACTOR_HEADER]));
  try {
    return await unary(client, method, request, metadata, MANAGEMENT_TIMEOUT_MS, true);
  } catch (error) {
    throw fromGrpcError(error);
  }
}

/** The gateway's one connection to the registry. */
@Injectable()
export class RegistryConnection implements OnApplicationShutdown {
  readonly client: RegistryClient;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.client = registryClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES);
  }

  call<K extends UnaryMethodName<RegistryClient>>(method: K, request: RequestOf<RegistryClient[K]>, caller: Caller) {
    return callFor(this.client, method, request, caller);
  }

  onApplicationShutdown() {
    this.client.close();
  }
}

/** The gateway's one connection to the batch service, which runs transform and stream jobs. */
@Injectable()
export class BatchConnection implements OnApplicationShutdown {
  readonly client: BatchClient;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.client = batchClient(config.BATCH_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES);
  }

  call<K extends UnaryMethodName<BatchClient>>(method: K, request: RequestOf<BatchClient[K]>, caller: Caller) {
    return callFor(this.client, method, request, caller);
  }

  onApplicationShutdown() {
    this.client.close();
  }
}
