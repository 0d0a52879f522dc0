import type * as grpc from '@grpc/grpc-js';
import { ACTOR_HEADER } from '@modelserve/common';
import { fromGrpcError, metadataWithRequestId } from '@modelserve/service';
import {
  accessClient,
  batchClient,
  functionsClient,
  notebooksClient,
  registryClient,
  unary,
  type AccessClient,
  type BatchClient,
  type FunctionsClient,
  type NotebooksClient,
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

/** Calls made while a request waits (keys, quotas): short, and failing at once when the service cannot be reached. */
export const REQUEST_PATH_CALL = { timeoutMs: 2000, waitForReady: false };

/** The HTTP request a management call is made for: its request id and the authenticated caller go along as metadata. */
export interface Caller {
  id: string;
  identity?: { actor: string };
}

/**
 * One long-lived connection to a platform service. Management calls are made on behalf of an HTTP
 * request, and errors come back as the domain errors the service raised.
 */
abstract class ServiceConnection<C extends grpc.Client> implements OnApplicationShutdown {
  constructor(readonly client: C) {}

  /**
   * A call on behalf of `caller`. Management calls wait for the service (`waitForReady`) up to
   * MANAGEMENT_TIMEOUT_MS; calls on the request path say how long they may take and fail at once when
   * the service cannot be reached.
   */
  async call<K extends UnaryMethodName<C>>(
    method: K,
    request: RequestOf<C[K]>,
    caller: Caller,
    { timeoutMs = MANAGEMENT_TIMEOUT_MS, waitForReady = true }: { timeoutMs?: number; waitForReady?: boolean } = {},
  ): Promise<ResponseOf<C[K]>> {
    const metadata = metadataWithRequestId(caller.id);
    // Who makes the change, as access control established it; never a header the client chose.
    if (caller.identity) metadata.set(ACTOR_HEADER, caller.identity.actor);
    try {
      return await unary(this.client, method, request, metadata, timeoutMs, waitForReady);
    } catch (error) {
      throw fromGrpcError(error);
    }
  }

  onApplicationShutdown() {
    this.client.close();
  }
}

/** The gateway's one connection to the registry. */
@Injectable()
export class RegistryConnection extends ServiceConnection<RegistryClient> {
  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(registryClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES));
  }
}

/** The registry's Access service: keys, quotas and the audit trail. */
@Injectable()
export class AccessConnection extends ServiceConnection<AccessClient> {
  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(accessClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES));
  }
}

/** The registry's Functions service: functions, public APIs, usage plans, callers' keys and sites. */
@Injectable()
export class FunctionsConnection extends ServiceConnection<FunctionsClient> {
  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(functionsClient(config.REGISTRY_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES));
  }
}

/** The gateway's one connection to the batch service, which runs transform and stream jobs. */
@Injectable()
export class BatchConnection extends ServiceConnection<BatchClient> {
  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(batchClient(config.BATCH_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES));
  }
}

/** The batch service's Notebooks service: notebook instances, lifecycle configurations and sign-in sessions. */
@Injectable()
export class NotebooksConnection extends ServiceConnection<NotebooksClient> {
  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(notebooksClient(config.BATCH_ADDRESS, config.GRPC_MAX_MESSAGE_BYTES));
  }
}
