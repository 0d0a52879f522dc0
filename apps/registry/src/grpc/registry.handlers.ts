import * as grpc from '@grpc/grpc-js';
import { AppError, invalidRequest, type Logger } from '@modelserve/common';
import { actorOf, logGrpcFailure, toGrpcError, unaryHandler } from '@modelserve/service';
import type {
  EndpointConfig,
  Model,
  ModelVersion,
  RegistryHandlers,
  RuntimeOptions__Output,
  UploadModelVersionRequest__Output,
} from '@modelserve/contracts';
import type { ApprovalStatus, RuntimeOptionsRow } from '../database/schema';
import type { ConfigRecord } from '../endpoints/endpoints.repository';
import type { EndpointsService, EndpointView } from '../endpoints/endpoints.service';
import type { ModelWithLatest, VersionRecord } from '../models/models.repository';
import type { ModelsService } from '../models/models.service';
import type { WorkersDirectory } from '../placement/workers.directory';
import type { Reconciler } from '../placement/reconciler.service';
import type { RoutingTableService } from '../placement/routing-table.service';
import type { TrafficStats } from '../placement/traffic-stats';

export interface RegistryDeps {
  models: ModelsService;
  endpoints: EndpointsService;
  workers: WorkersDirectory;
  reconciler: Reconciler;
  routing: RoutingTableService;
  traffic: TrafficStats;
  heartbeatIntervalMs: number;
  logger: Logger;
}

const toModel = (m: ModelWithLatest): Model => ({
  name: m.name,
  description: m.description,
  createdAt: m.created_at.toISOString(),
  latestVersion: m.latest_version ?? 0,
});

const toVersion = (v: VersionRecord): ModelVersion => ({
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

const toConfig = (c: ConfigRecord): EndpointConfig => ({
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
});

const toEndpoint = (e: EndpointView) => ({
  name: e.name,
  config: e.config_name,
  status: e.status,
  variants: e.variants,
  createdAt: e.created_at.toISOString(),
  updatedAt: e.updated_at.toISOString(),
  failureReason: e.failure_reason ?? '',
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

/** Runtime options as sent: unset fields stay unset (the worker's defaults). */
function runtimeOf(runtime: RuntimeOptions__Output): RuntimeOptionsRow {
  return {
    ...(runtime.intraOpNumThreads !== undefined ? { intraOpNumThreads: runtime.intraOpNumThreads } : {}),
    ...(runtime.interOpNumThreads !== undefined ? { interOpNumThreads: runtime.interOpNumThreads } : {}),
    ...(runtime.executionMode !== undefined ? { executionMode: runtime.executionMode as RuntimeOptionsRow['executionMode'] } : {}),
  };
}

/** Thin gRPC layer over the registry's services: decode, call, encode. */
export function registryHandlers(deps: RegistryDeps): RegistryHandlers {
  const { models, endpoints, logger } = deps;
  return {
    CreateModel: unaryHandler(logger, 'CreateModel', async (r) => toModel(await models.create(r.name, r.description))),
    GetModel: unaryHandler(logger, 'GetModel', async (r) => toModel(await models.get(r.name))),
    ListModels: unaryHandler(logger, 'ListModels', async () => ({ models: (await models.list()).map(toModel) })),

    UploadModelVersion: (call, callback) => {
      uploadFromStream(models, call).then(
        (version) => callback(null, toVersion(version)),
        (error: unknown) => {
          logGrpcFailure(logger, 'UploadModelVersion', call.metadata, error);
          callback(toGrpcError(error) as grpc.ServiceError);
        },
      );
    },
    RegisterModelVersion: unaryHandler(logger, 'RegisterModelVersion', async (r) =>
      toVersion(await models.registerVersion(r.model, r.artifactUri)),
    ),
    UpdateModelVersion: unaryHandler(logger, 'UpdateModelVersion', async (r) =>
      toVersion(
        await models.updateVersion(r.model, r.version, {
          description: r.description ?? undefined,
          tags: r.setTags ? r.tags : undefined,
          approvalStatus: (r.approvalStatus ?? undefined) as ApprovalStatus | undefined,
          runtime: r.runtime ? runtimeOf(r.runtime) : undefined,
        }),
      ),
    ),
    DeleteModelVersion: unaryHandler(logger, 'DeleteModelVersion', async (r) => toVersion(await models.deleteVersion(r.model, r.version))),
    SetModelAlias: unaryHandler(logger, 'SetModelAlias', async (r) => toVersion(await models.setAlias(r.model, r.alias, r.version))),
    DeleteModelAlias: unaryHandler(logger, 'DeleteModelAlias', async (r) => {
      await models.deleteAlias(r.model, r.alias);
      return {};
    }),
    GetModelVersion: unaryHandler(logger, 'GetModelVersion', async (r) => toVersion(await models.getVersion(r.model, r.version))),
    ListModelVersions: unaryHandler(logger, 'ListModelVersions', async (r) => ({
      versions: (await models.listVersions(r.model)).map(toVersion),
    })),

    CreateEndpointConfig: unaryHandler(logger, 'CreateEndpointConfig', async (r) =>
      toConfig(await endpoints.createConfig(r.name, r.variants, r.dataCapture)),
    ),
    GetEndpointConfig: unaryHandler(logger, 'GetEndpointConfig', async (r) => toConfig(await endpoints.getConfig(r.name))),
    ListEndpointConfigs: unaryHandler(logger, 'ListEndpointConfigs', async () => ({
      configs: (await endpoints.listConfigs()).map(toConfig),
    })),

    CreateEndpoint: unaryHandler(logger, 'CreateEndpoint', async (r, call) =>
      toEndpoint(await endpoints.createEndpoint(r.name, r.config, actorOf(call.metadata))),
    ),
    GetEndpoint: unaryHandler(logger, 'GetEndpoint', async (r) => toEndpoint(await endpoints.getEndpoint(r.name))),
    ListEndpoints: unaryHandler(logger, 'ListEndpoints', async () => ({
      endpoints: (await endpoints.listEndpoints()).map(toEndpoint),
    })),
    DeleteEndpoint: unaryHandler(logger, 'DeleteEndpoint', async (r, call) =>
      toEndpoint(await endpoints.deleteEndpoint(r.name, actorOf(call.metadata))),
    ),
    UpdateEndpoint: unaryHandler(logger, 'UpdateEndpoint', async (r, call) =>
      toEndpoint(await endpoints.updateEndpoint(r.name, r.config, r.deployment, actorOf(call.metadata))),
    ),
    RollbackEndpoint: unaryHandler(logger, 'RollbackEndpoint', async (r, call) =>
      toEndpoint(await endpoints.rollbackEndpoint(r.name, r.config, actorOf(call.metadata))),
    ),
    ReportTraffic: unaryHandler(logger, 'ReportTraffic', (r) => {
      deps.traffic.record(
        r.variants.map((v) => ({
          endpoint: v.endpoint,
          generation: v.generation,
          requests: v.requests,
          errors: v.errors,
          latenciesMs: v.latenciesMs,
        })),
      );
      return {};
    }),
    ListEndpointEvents: unaryHandler(logger, 'ListEndpointEvents', async (r) => ({
      events: (await endpoints.history(r.name)).map((e) => ({
        at: e.at.toISOString(),
        actor: e.actor,
        action: e.action,
        detail: JSON.stringify(e.detail),
      })),
    })),
    UpdateEndpointVariants: unaryHandler(logger, 'UpdateEndpointVariants', async (r, call) =>
      toEndpoint(await endpoints.updateVariants(r.name, r.variants, actorOf(call.metadata))),
    ),

    WatchRoutes: (call) => {
      const unsubscribe = deps.routing.subscribe((table) => call.write(table));
      const stop = () => unsubscribe();
      call.on('cancelled', stop);
      call.on('close', stop);
      call.on('error', stop);
    },

    Heartbeat: unaryHandler(logger, 'Heartbeat', (r) => {
      if (!r.workerId || !/^[^:\s]+:\d+$/.test(r.address)) throw invalidRequest('a heartbeat needs a worker id and a host:port address');
      if (deps.workers.heartbeat(r.workerId, r.address, r.incarnation, r.loaded)) void deps.reconciler.trigger();
      return { heartbeatIntervalMs: deps.heartbeatIntervalMs };
    }),
  };
}

/** The first message names the model; every later one is a chunk of the file. */
async function uploadFromStream(
  models: ModelsService,
  call: grpc.ServerReadableStream<UploadModelVersionRequest__Output, unknown>,
): Promise<VersionRecord> {
  const iterator = call[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? undefined : (first.value as UploadModelVersionRequest__Output).header;
  if (!header) throw invalidRequest('an upload starts with a header naming the model');
  async function* chunks(): AsyncIterable<Buffer> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = (next.value as UploadModelVersionRequest__Output).chunk;
      if (!chunk) throw new AppError('InvalidRequest', 'only the first message of an upload may be a header');
      yield chunk;
    }
  }
  return models.uploadVersion(header.model, chunks(), header.maxBytes);
}
