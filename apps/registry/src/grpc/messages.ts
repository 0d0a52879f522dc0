import type { Endpoint, EndpointConfig, EndpointFigures, Model, ModelVersion } from '@modelserve/contracts';
import { qualitySpecMessage, trainingLineageMessage } from '@modelserve/contracts';
import type { Quantiles, VariantSummary } from '../figures/figures.service';
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
  quality: v.quality ? qualitySpecMessage(v.quality) : null,
  lineage: v.lineage ? trainingLineageMessage(v.lineage) : null,
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

const quantilesMessage = (q: Quantiles) => ({ count: q.count, p50: q.p50, p90: q.p90, p99: q.p99 });

/**
 * An endpoint's figures over a window: a row per variant and model version that served in it, and one
 * for each live variant that served nothing, each with the variant's capacity now.
 */
export function endpointFiguresMessage(endpoint: Endpoint, summaries: VariantSummary[], windowSeconds: number): EndpointFigures {
  const none: Quantiles = { count: 0 };
  const rows = [...summaries];
  const liveVariants = (endpoint.variants ?? []).map((v) => ({ ...v, name: v.name ?? '', model: v.model ?? '', version: v.version ?? 0 }));
  for (const live of liveVariants) {
    if (!rows.some((r) => r.variant === live.name && r.model?.model === live.model && r.model?.version === live.version)) {
      rows.push({
        variant: live.name,
        model: { model: live.model, version: live.version },
        invocations: 0,
        clientErrors: 0,
        serverErrors: 0,
        latency: none,
        modelLatency: none,
        overheadLatency: none,
        queueWait: none,
        batchRows: none,
        modelErrors: 0,
      });
    }
  }
  const now = Date.now();
  return {
    endpoint: endpoint.name ?? '',
    windowStart: new Date(now - windowSeconds * 1000).toISOString(),
    windowEnd: new Date(now).toISOString(),
    variants: rows
      .sort((a, b) => a.variant.localeCompare(b.variant) || (a.model?.version ?? 0) - (b.model?.version ?? 0))
      .map((row) => {
        const live = liveVariants.find((v) => v.name === row.variant && v.model === row.model?.model && v.version === row.model?.version);
        return {
          variant: row.variant,
          model: row.model,
          invocations: row.invocations,
          clientErrors: row.clientErrors,
          serverErrors: row.serverErrors,
          latency: quantilesMessage(row.latency),
          modelLatency: quantilesMessage(row.modelLatency),
          overheadLatency: quantilesMessage(row.overheadLatency),
          queueWait: quantilesMessage(row.queueWait),
          batchRows: quantilesMessage(row.batchRows),
          modelErrors: row.modelErrors,
          desiredInstanceCount: Number(live?.desiredInstanceCount ?? 0),
          readyInstanceCount: Number(live?.readyInstanceCount ?? 0),
          weight: Number(live?.weight ?? 0),
          shadowSamplingPercent: Number(live?.shadowSamplingPercent ?? 0),
        };
      }),
  };
}

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
