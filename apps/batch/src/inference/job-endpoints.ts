import { AppError } from '@modelserve/common';
import type { InputSignature } from '@modelserve/codecs';
import type { EndpointRoute__Output, PredictionTarget__Output, RegistryClient } from '@modelserve/contracts';
import { isShadow, RoutingTable } from '@modelserve/routing';
import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { REGISTRY_CLIENT } from '../config';
import { callRegistry } from './registry-call';

/** What a job needs to know about its endpoint: where to send batches and what the model takes. */
export interface ReadyEndpoint {
  name: string;
  inputs: InputSignature[];
}

/**
 * The endpoint each job's records go to. A job uses an existing endpoint (its traffic split applies),
 * or places its model on an endpoint of its own, `<prefix>-<job name>`, held while the job runs and
 * removed when it ends. Readiness is read from the routing table the registry streams, as the gateway does.
 */
@Injectable()
export class JobEndpoints {
  constructor(
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
    private readonly routing: RoutingTable,
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

  private routeOrUndefined(endpoint: string): EndpointRoute__Output | undefined {
    return this.routing.knows(endpoint) ? this.routing.endpoint(endpoint) : undefined;
  }

  private call<K extends 'GetEndpoint' | 'GetModelVersion' | 'CreateEndpointConfig' | 'CreateEndpoint' | 'DeleteEndpoint'>(
    method: K,
    request: Parameters<RegistryClient[K]>[0],
  ): Promise<unknown> {
    return callRegistry(this.registry, method, request);
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
