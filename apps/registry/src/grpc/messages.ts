import type { Endpoint, EndpointConfig, Model, ModelVersion } from '@modelserve/contracts';
import type { EndpointConfig as StoredConfig } from '../endpoints/configs.repository';
import type { EndpointWithVariants } from '../endpoints/endpoints.service';
import type { Model as StoredModel, VersionRecord } from '../models/models.repository';
import type { ReadyInstances } from '../placement/instance-counts';

/** The registry's records as gRPC messages. */

export const modelMessage = (m: StoredModel): Model => ({
  name: m.name,
  description: m.description,
  createdAt: m.createdAt.toISOString(),
  latestVersion: m.latestVersion ?? 0,
});

export const versionMessage = (v: VersionRecord): ModelVersion => ({
  model: v.model,
  version: v.version,
  artifactUri: v.artifactUri,
  sha256: v.sha256,
  sizeBytes: v.sizeBytes,
  inputs: v.inputs,
  outputs: v.outputs,
  createdAt: v.createdAt.toISOString(),
  description: v.description,
  tags: v.tags,
  approvalStatus: v.approvalStatus,
  aliases: v.aliases,
  batchSupport: v.batchSupport?.support ?? '',
  batchSupportDetail: v.batchSupport?.detail ?? '',
  runtime: v.runtime ?? {},
});

export const configMessage = (c: StoredConfig): EndpointConfig => ({
  name: c.name,
  createdAt: c.createdAt.toISOString(),
  variants: c.variants.map((v) => ({
    name: v.name,
    model: v.model,
    version: v.version,
    instanceCount: v.instanceCount,
    weight: v.weight,
    alias: v.alias ?? '',
    shadowSamplingPercent: v.shadowSamplingPercent ?? 0,
    batching: v.batching ?? { enabled: false },
  })),
  dataCapture: c.dataCapture,
  asyncInference: c.asyncInference,
});

export const endpointMessage = (e: EndpointWithVariants, ready: ReadyInstances): Endpoint => ({
  name: e.name,
  config: e.configName,
  status: e.status,
  variants: e.variants.map((v) => ({
    name: v.name,
    model: v.model,
    version: v.version,
    sha256: v.sha256,
    weight: v.weight,
    shadowSamplingPercent: v.shadowSamplingPercent ?? 0,
    desiredInstanceCount: v.instanceCount,
    readyInstanceCount: ready(e.id, v.generation, v.name),
  })),
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
  failureReason: e.failureReason ?? '',
  deployment:
    e.status === 'Updating' && e.deployment
      ? {
          fromConfig: e.deployment.fromConfig,
          toConfig: e.deployment.toConfig,
          strategy: e.deployment.strategy,
          phase: e.deployment.phase,
          trafficPercent: e.deployment.trafficPercent,
          startedAt: e.deployment.startedAt,
          reason: e.deployment.reason ?? '',
        }
      : null,
});
