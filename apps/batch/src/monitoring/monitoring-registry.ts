import type { AlarmState, EndpointFigures__Output, ModelVersion__Output, RegistryClient } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CLIENT } from '../config';
import { callRegistry } from '../inference/registry-call';

/** How long a version's spec is reused: specs change rarely, and a change shows in reports within this. */
const VERSION_CACHE_MS = 10_000;

/** What monitoring asks of the registry: versions' outputs and quality specs, endpoint figures, alarm states. */
@Injectable()
export class MonitoringRegistry {
  private readonly versions = new Map<string, { at: number; version: ModelVersion__Output | undefined }>();

  constructor(@Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient) {}

  /** The version, or undefined when it was deleted. */
  async modelVersion(model: string, version: number): Promise<ModelVersion__Output | undefined> {
    const key = `${model}:${version}`;
    const cached = this.versions.get(key);
    if (cached && Date.now() - cached.at < VERSION_CACHE_MS) return cached.version;
    let found: ModelVersion__Output | undefined;
    try {
      found = await this.call('GetModelVersion', { model, version });
    } catch (error) {
      if ((error as { code?: string }).code !== 'NotFound') throw error;
    }
    this.versions.set(key, { at: Date.now(), version: found });
    return found;
  }

  figures(name: string, windowSeconds: number): Promise<EndpointFigures__Output> {
    return this.call('GetEndpointFigures', { name, windowSeconds });
  }

  async setAlarm(state: AlarmState): Promise<void> {
    await this.call('SetAlarmState', state);
  }

  private async call<K extends 'GetModelVersion' | 'GetEndpointFigures' | 'SetAlarmState'>(
    method: K,
    request: Parameters<RegistryClient[K]>[0],
  ): Promise<never> {
    return (await callRegistry(this.registry, method, request)) as never;
  }
}
