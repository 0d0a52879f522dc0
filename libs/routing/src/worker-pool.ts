import { AppError, ERROR_CODES, type ErrorCode } from '@modelserve/common';
import {
  inferenceClient,
  InferDeadlineExceeded,
  InferStream,
  InferStreamBroken,
  type EndpointRoute__Output,
  type GRPCInferenceServiceClient,
  type InferAnswer,
  type InferCall,
  type StreamFailure,
} from '@modelserve/contracts';
import type { RoutingTable } from './routing-table';

export interface WorkerPoolOptions {
  maxMessageBytes: number;
  /** How long a request waits for its answer from a worker, unless the caller gives it a deadline. */
  timeoutMs: number;
}

interface Instance {
  address: string;
  client: GRPCInferenceServiceClient;
  stream: InferStream;
  outstanding: number;
}

/**
 * The instance cannot serve this request, through no fault of the caller: it is unreachable, or it no
 * longer (or not yet) has the model loaded, as after a restart before the registry reloads it.
 */
function instanceUnavailable(error: unknown): boolean {
  return error instanceof InferStreamBroken || (error instanceof AppError && error.code === 'NotFound');
}

/** A worker's failure of one request, as the domain error it raised. */
const failureError = (failure: StreamFailure) =>
  new AppError(failure.code in ERROR_CODES ? (failure.code as ErrorCode) : 'Internal', failure.message);

/**
 * One gRPC channel and one ModelStreamInfer stream per worker, kept open across requests. A request
 * goes to the instance with the fewest requests outstanding; if that worker cannot be reached (or no
 * longer has the model) it is retried once on another.
 */
export class WorkerPool {
  private readonly instances = new Map<string, Instance>();

  constructor(
    private readonly options: WorkerPoolOptions,
    routing: RoutingTable,
  ) {
    routing.onChange((endpoints) => this.forgetUnused(endpoints));
  }

  /** Runs a request on the least busy of `addresses`; `deadline` (a performance.now() time) bounds the wait for its answer. */
  async infer(addresses: readonly string[], request: Omit<InferCall, 'id'>, requestId: string, deadline?: number): Promise<InferAnswer> {
    const first = this.pick(addresses);
    try {
      return await this.call(first, request, requestId, deadline);
    } catch (error) {
      const others = addresses.filter((a) => a !== first.address);
      if (!instanceUnavailable(error) || others.length === 0) throw this.translate(error);
      try {
        return await this.call(this.pick(others), request, requestId, deadline);
      } catch (retryError) {
        throw this.translate(retryError);
      }
    }
  }

  private translate(error: unknown): AppError {
    if (error instanceof InferStreamBroken) {
      return new AppError('Unavailable', 'no instance of the variant could serve the request; try again');
    }
    if (error instanceof InferDeadlineExceeded) return new AppError('DeadlineExceeded', error.message);
    if (error instanceof AppError) return error;
    return new AppError('Internal', String(error));
  }

  private async call(instance: Instance, request: Omit<InferCall, 'id'>, requestId: string, deadline?: number) {
    instance.outstanding++;
    const timeoutMs = deadline === undefined ? this.options.timeoutMs : Math.max(1, deadline - performance.now());
    try {
      return await instance.stream.send(request, requestId, timeoutMs, failureError);
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
      const client = inferenceClient(address, this.options.maxMessageBytes);
      instance = { address, client, stream: new InferStream(client), outstanding: 0 };
      this.instances.set(address, instance);
    }
    return instance;
  }

  private forgetUnused(endpoints: Map<string, EndpointRoute__Output>) {
    const used = new Set<string>();
    for (const endpoint of endpoints.values()) for (const variant of endpoint.variants) variant.workerAddresses.forEach((a) => used.add(a));
    for (const [address, instance] of this.instances) {
      if (!used.has(address) && instance.outstanding === 0) {
        instance.stream.close();
        instance.client.close();
        this.instances.delete(address);
      }
    }
  }

  onApplicationShutdown() {
    for (const instance of this.instances.values()) {
      instance.stream.close();
      instance.client.close();
    }
  }
}
