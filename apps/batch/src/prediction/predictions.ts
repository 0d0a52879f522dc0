import { AppError, type Logger } from '@modelserve/common';
import { fromGrpcError, metadataWithRequestId } from '@modelserve/service';
import type { InputSignature, OutputTensor, Tensor } from '@modelserve/codecs';
import { unary, type EndpointRoute__Output, type PredictionTarget__Output, type RegistryClient } from '@modelserve/contracts';
import type { Invoker } from '@modelserve/invocation';
import { isShadow, type RoutingTable } from '@modelserve/routing';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BatchMetrics } from '../observability/metrics';

const REGISTRY_TIMEOUT_MS = 10_000;
/** A mini-batch whose workers are unreachable is retried this long (a worker restart, a re-placement). */
const UNAVAILABLE_RETRY_MS = 60_000;

export interface Prediction {
  outputs: OutputTensor[];
  variant: string;
}

/** What a job needs to know about its endpoint: where to send batches and what the model takes. */
export interface ReadyEndpoint {
  name: string;
  inputs: InputSignature[];
}

/**
 * Runs jobs' mini-batches on workers. A job uses an existing endpoint (its traffic split applies),
 * or places its model on an endpoint of its own, `<prefix>-<job name>`, removed when the job ends.
 * Routes are followed over the registry's WatchRoutes stream, as the gateway does.
 */
export class Predictions {
  constructor(
    private readonly registry: RegistryClient,
    private readonly routing: RoutingTable,
    private readonly invoker: Invoker,
    private readonly metrics: BatchMetrics,
    private readonly logger: Logger,
  ) {}

  /** Checks at job creation that the endpoint or model version exists. */
  async check(target: PredictionTarget__Output): Promise<void> {
    if (target.endpoint) {
      await this.call('GetEndpoint', { name: target.endpoint });
    } else if (target.model) {
      await this.call('GetModelVersion', { model: target.model.model, version: target.model.version });
    } else {
      throw new AppError('InvalidRequest', 'a job needs an endpoint or a model');
    }
  }

  /** The endpoint the job's batches go to; a model target gets its own endpoint, created if missing. */
  async acquire(target: PredictionTarget__Output, ownName: string): Promise<string> {
    if (target.endpoint) return target.endpoint;
    const model = target.model!;
    const variant = { name: 'primary', model: model.model, version: model.version, instanceCount: target.instanceCount || 1, weight: 1 };
    await this.ignoreConflict(this.call('CreateEndpointConfig', { name: ownName, variants: [variant] }));
    await this.ignoreConflict(this.call('CreateEndpoint', { name: ownName, config: ownName }));
    return ownName;
  }

  /** Removes an endpoint the job created for itself (its config stays, as a record of what ran). */
  async release(target: PredictionTarget__Output, endpoint: string): Promise<void> {
    if (target.endpoint) return;
    await this.call('DeleteEndpoint', { name: endpoint }).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'NotFound')) throw error;
    });
  }

  /** Waits until the endpoint serves (every production variant has an instance) and returns its input signature. */
  async waitReady(endpoint: string, timeoutMs: number, cancelled: () => boolean = () => false): Promise<ReadyEndpoint> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const route = this.routing.hasTable ? this.routeOrUndefined(endpoint) : undefined;
      if (route && servable(route)) {
        const variant = route.variants.find((v) => !isShadow(v) && v.weight > 0) ?? route.variants[0];
        return { name: endpoint, inputs: variant.inputs };
      }
      if (route?.status === 'Failed') throw new AppError('FailedPrecondition', `endpoint ${endpoint} failed to deploy`);
      if (Date.now() > deadline) {
        throw new AppError('Unavailable', `endpoint ${endpoint} was not InService within ${Math.round(timeoutMs / 1000)} s`);
      }
      if (cancelled()) throw new AppError('Unavailable', 'cancelled');
      await sleep(200);
    }
  }

  /**
   * One mini-batch on a worker of the endpoint. Unreachable workers are retried for a while; an error
   * that the input caused comes back as an AppError of 4xx kind, others as AppError of 5xx kind.
   */
  async predict(endpoint: string, inputs: Tensor[], requestId: string): Promise<Prediction> {
    const timer = this.metrics.miniBatchDuration.startTimer({ endpoint });
    try {
      return await this.predictWithRetries(endpoint, inputs, requestId);
    } finally {
      timer();
    }
  }

  private async predictWithRetries(endpoint: string, inputs: Tensor[], requestId: string): Promise<Prediction> {
    const deadline = Date.now() + UNAVAILABLE_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        // Until the routing table has the endpoint (a registry restart, a job's own endpoint being created), wait for it.
        if (!this.routing.knows(endpoint)) throw new AppError('Unavailable', `endpoint ${endpoint} has no instance ready`);
        const selection = this.invoker.select(endpoint);
        return { outputs: await this.invoker.run(selection, inputs, requestId), variant: selection.variant.name };
      } catch (error) {
        const retryable = !(error instanceof AppError) || error.httpStatus >= 500;
        if (!retryable || Date.now() > deadline) throw error;
        if (attempt === 0) this.logger.warn({ endpoint, requestId, err: error }, 'mini-batch failed; retrying');
        await sleep(Math.min(200 * 2 ** attempt, 2000));
      }
    }
  }

  private routeOrUndefined(endpoint: string): EndpointRoute__Output | undefined {
    return this.routing.knows(endpoint) ? this.routing.endpoint(endpoint) : undefined;
  }

  private async call<K extends 'GetEndpoint' | 'GetModelVersion' | 'CreateEndpointConfig' | 'CreateEndpoint' | 'DeleteEndpoint'>(
    method: K,
    request: Parameters<RegistryClient[K]>[0],
  ): Promise<unknown> {
    try {
      return await unary(this.registry, method, request as never, metadataWithRequestId(`batch-${method}`), REGISTRY_TIMEOUT_MS, true);
    } catch (error) {
      throw fromGrpcError(error);
    }
  }

  private async ignoreConflict(call: Promise<unknown>) {
    try {
      await call;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'Conflict')) throw error;
    }
  }
}

/** Serving, with an instance behind every production variant that takes traffic. */
function servable(route: EndpointRoute__Output): boolean {
  if (route.status !== 'InService' && route.status !== 'Updating') return false;
  const production = route.variants.filter((v) => !isShadow(v) && v.weight > 0);
  return production.length > 0 && production.every((v) => v.workerAddresses.length > 0);
}
