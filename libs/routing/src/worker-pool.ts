import { status } from '@grpc/grpc-js';
import { AppError, fromGrpcError, isConnectionFailure, metadataWithRequestId } from '@modelserve/common';
import {
  inferenceClient,
  unary,
  type EndpointRoute__Output,
  type GRPCInferenceServiceClient,
  type ModelInferRequest,
  type ModelInferResponse__Output,
} from '@modelserve/contracts';
import type { RoutingTable } from './routing-table';

export interface WorkerPoolOptions {
  maxMessageBytes: number;
  /** Deadline of one ModelInfer call. */
  timeoutMs: number;
}

interface Instance {
  address: string;
  client: GRPCInferenceServiceClient;
  outstanding: number;
}

/**
 * The instance cannot serve this request, through no fault of the caller: it is unreachable, or it no
 * longer (or not yet) has the model loaded, as after a restart before the registry reloads it.
 */
function instanceUnavailable(error: unknown): boolean {
  return isConnectionFailure(error) || (error as { code?: number } | null)?.code === status.NOT_FOUND;
}

/**
 * One gRPC channel per worker, kept open across requests. A request goes to the instance with the
 * fewest requests outstanding; if that worker cannot be reached it is retried once on another.
 */
export class WorkerPool {
  private readonly instances = new Map<string, Instance>();

  constructor(
    private readonly options: WorkerPoolOptions,
    routing: RoutingTable,
  ) {
    routing.onChange((endpoints) => this.forgetUnused(endpoints));
  }

  async infer(addresses: readonly string[], request: ModelInferRequest, requestId: string): Promise<ModelInferResponse__Output> {
    const first = this.pick(addresses);
    try {
      return await this.call(first, request, requestId);
    } catch (error) {
      const others = addresses.filter((a) => a !== first.address);
      if (!instanceUnavailable(error) || others.length === 0) throw this.translate(error);
      try {
        return await this.call(this.pick(others), request, requestId);
      } catch (retryError) {
        throw this.translate(retryError);
      }
    }
  }

  private translate(error: unknown): AppError {
    if (instanceUnavailable(error)) return new AppError('Unavailable', 'no instance of the variant could serve the request; try again');
    return fromGrpcError(error);
  }

  private async call(instance: Instance, request: ModelInferRequest, requestId: string) {
    instance.outstanding++;
    try {
      return await unary(instance.client, 'ModelInfer', request, metadataWithRequestId(requestId), this.options.timeoutMs);
    } finally {
      instance.outstanding--;
    }
  }

  private pick(addresses: readonly string[]): Instance {
    let best: Instance | undefined;
    // Start at a random offset so that ties do not always land on the first worker.
    const offset = Math.floor(Math.random() * addresses.length);
    for (let i = 0; i < addresses.length; i++) {
      const instance = this.instance(addresses[(offset + i) % addresses.length]);
      if (!best || instance.outstanding < best.outstanding) best = instance;
    }
    return best!;
  }

  private instance(address: string): Instance {
    let instance = this.instances.get(address);
    if (!instance) {
      instance = { address, client: inferenceClient(address, this.options.maxMessageBytes), outstanding: 0 };
      this.instances.set(address, instance);
    }
    return instance;
  }

  private forgetUnused(endpoints: Map<string, EndpointRoute__Output>) {
    const used = new Set<string>();
    for (const endpoint of endpoints.values()) for (const variant of endpoint.variants) variant.workerAddresses.forEach((a) => used.add(a));
    for (const [address, instance] of this.instances) {
      if (!used.has(address) && instance.outstanding === 0) {
        instance.client.close();
        this.instances.delete(address);
      }
    }
  }

  onApplicationShutdown() {
    for (const instance of this.instances.values()) instance.client.close();
  }
}
