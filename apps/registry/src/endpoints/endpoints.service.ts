import { AppError, checkResourceName, conflict, invalidRequest, notFound, type Logger } from '@modelserve/common';
import type {
  BatchingSettings__Output,
  DataCapture__Output,
  DeploymentOptions__Output,
  VariantSpec__Output,
  VariantStatus,
  VariantUpdate__Output,
} from '@modelserve/contracts';
import { parseS3Uri } from '@modelserve/storage';
import type { BatchingRow, DataCaptureRow, DeploymentState, DeploymentStrategy } from '../database/schema';
import type { BatchSupportFinding } from '../models/batch-support';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import { ModelsRepository } from '../models/models.repository';
import { ModelsService } from '../models/models.service';
import { DeploymentDriver } from '../placement/deployment-driver';
import { Reconciler } from '../placement/reconciler.service';
import { WorkersDirectory } from '../placement/workers.directory';
import { EndpointsRepository, type ConfigRecord, type EndpointRecord } from './endpoints.repository';

export interface EndpointView extends EndpointRecord {
  variants: VariantStatus[];
}

const MAX_VARIANTS = 10;

const STRATEGIES: DeploymentStrategy[] = ['AllAtOnce', 'Canary', 'Linear'];

/** A checked deployment plan; AllAtOnce with no thresholds when no options are given. */
function deploymentOf(options: DeploymentOptions__Output | null, fromConfig: string, to: ConfigRecord): DeploymentState {
  const strategy = (options?.strategy || 'AllAtOnce') as DeploymentStrategy;
  if (!STRATEGIES.includes(strategy)) throw invalidRequest(`deployment.strategy must be one of ${STRATEGIES.join(', ')}`);
  const stepPercent = strategy === 'AllAtOnce' ? 100 : options?.stepPercent || (strategy === 'Canary' ? 10 : 25);
  if (!(stepPercent > 0 && stepPercent <= 100)) throw invalidRequest('deployment.stepPercent must be above 0 and at most 100');
  const waitSeconds = options?.waitSeconds ?? 0;
  if (!(waitSeconds >= 0 && waitSeconds <= 3600)) throw invalidRequest('deployment.waitSeconds must be from 0 to 3600');
  const maxErrorRatePercent = options?.maxErrorRatePercent ?? null;
  const maxP99Ms = options?.maxP99Ms ?? null;
  if (maxErrorRatePercent !== null && !(maxErrorRatePercent >= 0 && maxErrorRatePercent <= 100))
    throw invalidRequest('deployment.maxErrorRatePercent must be from 0 to 100');
  if (maxP99Ms !== null && !(maxP99Ms > 0)) throw invalidRequest('deployment.maxP99Ms must be above 0');
  return {
    fromConfig,
    toConfig: to.name,
    toConfigId: to.id,
    strategy,
    stepPercent,
    waitSeconds,
    rollback: { maxErrorRatePercent, maxP99Ms, minRequests: Math.max(1, options?.minRequests || 20) },
    phase: 'Loading',
    trafficPercent: 0,
    startedAt: new Date().toISOString(),
    stepStartedAt: null,
    drainUntil: null,
    reason: null,
  };
}

/** Checked capture settings; none when sampling is 0. */
function dataCaptureOf(capture: DataCapture__Output | null): DataCaptureRow | null {
  if (!capture || capture.samplingPercent === 0) return null;
  if (!(capture.samplingPercent > 0 && capture.samplingPercent <= 100))
    throw invalidRequest('dataCapture.samplingPercent must be from 0 to 100');
  if (capture.destination && !parseS3Uri(`${capture.destination.replace(/\/+$/, '')}/x`)) {
    throw invalidRequest('dataCapture.destination must be s3://bucket/prefix');
  }
  return { samplingPercent: capture.samplingPercent, destination: capture.destination.replace(/\/+$/, '') };
}
const MAX_INSTANCES = 64;

/** Batching defaults and limits; see BatchingSettings in proto/modelserve/common.proto. */
const BATCHING_DEFAULTS = { maxBatchSize: 32, maxQueueDelayMicros: 2000, maxQueueSize: 1024 };
const BATCHING_LIMITS = { maxBatchSize: [1, 4096], maxQueueDelayMicros: [0, 1_000_000], maxQueueSize: [1, 100_000] } as const;

/**
 * A variant's batching settings, every field resolved. Batching is on by default when the upload check
 * found the model answers each row the same alone or batched; asking for it on a model where it would
 * change answers (or that fixes its batch size) is refused, with the reason.
 */
function batchingOf(variant: string, model: string, requested: BatchingSettings__Output | null, support: BatchSupportFinding): BatchingRow {
  const supported = support.support !== 'Unsupported';
  if (requested?.enabled === true && !supported) {
    throw invalidRequest(`variant ${variant}: batching cannot be enabled for ${model}: ${support.detail}`);
  }
  const resolved: BatchingRow = { enabled: requested?.enabled ?? supported, ...BATCHING_DEFAULTS };
  for (const key of Object.keys(BATCHING_LIMITS) as (keyof typeof BATCHING_LIMITS)[]) {
    const value = requested?.[key];
    if (value === undefined || value === null) continue;
    const [min, max] = BATCHING_LIMITS[key];
    if (!(Number.isInteger(value) && value >= min && value <= max)) {
      throw invalidRequest(`variant ${variant}: batching.${key} must be an integer from ${min} to ${max}`);
    }
    resolved[key] = value;
  }
  return resolved;
}

@Injectable()
export class EndpointsService {
  constructor(
    private readonly endpoints: EndpointsRepository,
    private readonly models: ModelsRepository,
    private readonly modelVersions: ModelsService,
    private readonly workers: WorkersDirectory,
    private readonly reconciler: Reconciler,
    private readonly deployments: DeploymentDriver,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  async createConfig(name: string, variants: VariantSpec__Output[], capture: DataCapture__Output | null): Promise<ConfigRecord> {
    checkResourceName('endpoint config', name);
    if (variants.length === 0) throw invalidRequest('an endpoint config needs at least one variant');
    if (variants.length > MAX_VARIANTS) throw invalidRequest(`an endpoint config has at most ${MAX_VARIANTS} variants`);
    const names = new Set<string>();
    const resolved = [];
    for (const variant of variants) {
      checkResourceName('variant', variant.name);
      if (names.has(variant.name)) throw invalidRequest(`variant name ${variant.name} is used twice`);
      names.add(variant.name);
      const instanceCount = variant.instanceCount || 1;
      if (!Number.isInteger(instanceCount) || instanceCount < 1 || instanceCount > MAX_INSTANCES) {
        throw invalidRequest(`variant ${variant.name}: instanceCount must be an integer from 1 to ${MAX_INSTANCES}`);
      }
      if (!Number.isFinite(variant.weight) || variant.weight < 0) throw invalidRequest(`variant ${variant.name}: weight must be 0 or more`);
      const shadow = variant.shadowSamplingPercent;
      if (!(shadow >= 0 && shadow <= 100)) throw invalidRequest(`variant ${variant.name}: shadowSamplingPercent must be from 0 to 100`);
      const model = await this.models.find(variant.model);
      if (!model) throw notFound(`variant ${variant.name}: model ${variant.model} does not exist`);
      const version = await this.modelVersions.resolveVersion(variant.model, variant.version, variant.alias).catch((error: unknown) => {
        if (error instanceof AppError) throw new AppError(error.code, `variant ${variant.name}: ${error.message}`);
        throw error;
      });
      if (version.approvalStatus === 'Rejected') {
        throw new AppError('FailedPrecondition', `variant ${variant.name}: version ${version.version} of ${variant.model} is Rejected`);
      }
      const batching = batchingOf(
        variant.name,
        `${variant.model}:${version.version}`,
        variant.batching,
        await this.modelVersions.batchSupportOf(version),
      );
      resolved.push({
        name: variant.name,
        modelId: model.id,
        version: version.version,
        batching,
        instanceCount,
        // A shadow variant takes no share of the traffic, only copies.
        weight: shadow > 0 ? 0 : variant.weight,
        alias: variant.alias || null,
        shadowSamplingPercent: shadow > 0 ? shadow : null,
      });
    }
    if (resolved.every((v) => v.weight === 0)) throw invalidRequest('at least one production variant needs a weight above 0');
    const id = await this.endpoints.createConfig(name, resolved, dataCaptureOf(capture));
    if (id === undefined) throw conflict(`endpoint config ${name} already exists`);
    this.logger.info({ config: name }, 'endpoint config created');
    return this.getConfig(name);
  }

  async getConfig(name: string): Promise<ConfigRecord> {
    const config = await this.endpoints.findConfig(name);
    if (!config) throw notFound(`endpoint config ${name} does not exist`);
    return config;
  }

  listConfigs() {
    return this.endpoints.listConfigs();
  }

  async createEndpoint(name: string, configName: string, actor: string): Promise<EndpointView> {
    checkResourceName('endpoint', name);
    const config = await this.endpoints.findConfig(configName);
    if (!config) throw notFound(`endpoint config ${configName} does not exist`);
    const id = await this.endpoints.createEndpoint(name, config.id);
    if (id === undefined) throw conflict(`endpoint ${name} already exists`);
    await this.endpoints.addEvent(name, actor, 'Created', {
      config: configName,
      variants: config.variants.map(({ name: variant, model, version, alias, weight, instanceCount }) => ({
        variant,
        model,
        version,
        alias,
        weight,
        instanceCount,
      })),
    });
    this.logger.info({ endpoint: name, config: configName }, 'endpoint created');
    void this.reconciler.trigger();
    return this.getEndpoint(name);
  }

  async getEndpoint(name: string): Promise<EndpointView> {
    const endpoint = await this.endpointOrThrow(name);
    return (await this.withVariants([endpoint]))[0];
  }

  async listEndpoints(): Promise<EndpointView[]> {
    return this.withVariants(await this.endpoints.listEndpoints());
  }

  /**
   * Changes weights and instance counts of the endpoint's live variants. Models stay loaded: a new
   * weight only changes the routing table, and a new count adds or removes instances.
   */
  async updateVariants(name: string, updates: VariantUpdate__Output[], actor: string): Promise<EndpointView> {
    const endpoint = await this.endpointOrThrow(name);
    if (endpoint.status !== 'InService' && endpoint.status !== 'Creating') {
      throw new AppError('FailedPrecondition', `endpoint ${name} is ${endpoint.status}; its variants cannot change`);
    }
    if (updates.length === 0) throw invalidRequest('name at least one variant to change');
    const live = ((await this.endpoints.liveVariantsOf([endpoint.id])).get(endpoint.id) ?? []).filter(
      (v) => v.generation === endpoint.generation,
    );
    const weights = new Map(live.map((v) => [v.name, v.weight]));
    const shadows = new Set(live.filter((v) => v.shadowSamplingPercent !== null).map((v) => v.name));
    const seen = new Set<string>();
    for (const update of updates) {
      if (!weights.has(update.name)) {
        throw invalidRequest(`endpoint ${name} has no variant ${update.name}; it has ${live.map((v) => v.name).join(', ')}`);
      }
      if (seen.has(update.name)) throw invalidRequest(`variant ${update.name} is named twice`);
      seen.add(update.name);
      if (update.weight !== undefined && update.weight !== null) {
        if (shadows.has(update.name)) throw invalidRequest(`variant ${update.name} is a shadow variant: it takes no weight`);
        if (!Number.isFinite(update.weight) || update.weight < 0) throw invalidRequest(`variant ${update.name}: weight must be 0 or more`);
        weights.set(update.name, update.weight);
      }
      const count = update.instanceCount;
      if (count !== undefined && count !== null && (!Number.isInteger(count) || count < 1 || count > MAX_INSTANCES)) {
        throw invalidRequest(`variant ${update.name}: instanceCount must be an integer from 1 to ${MAX_INSTANCES}`);
      }
    }
    if ([...weights.values()].every((weight) => weight === 0)) throw invalidRequest('at least one variant needs a weight above 0');
    const changes = updates.map((u) => ({ name: u.name, weight: u.weight ?? undefined, instanceCount: u.instanceCount ?? undefined }));
    await this.endpoints.updateLiveVariants(endpoint.id, endpoint.generation, changes);
    await this.endpoints.addEvent(name, actor, 'VariantsUpdated', { changes });
    this.logger.info({ endpoint: name, updates }, 'endpoint variants updated');
    await this.reconciler.trigger();
    return this.getEndpoint(name);
  }

  /** Starts moving a live endpoint to another config; see DeploymentDriver for the phases. */
  async updateEndpoint(name: string, configName: string, options: DeploymentOptions__Output | null, actor: string): Promise<EndpointView> {
    const endpoint = await this.endpointOrThrow(name);
    if (endpoint.status !== 'InService')
      throw new AppError('FailedPrecondition', `endpoint ${name} is ${endpoint.status}; only an endpoint InService can be updated`);
    const config = await this.endpoints.findConfig(configName);
    if (!config) throw notFound(`endpoint config ${configName} does not exist`);
    const deployment = deploymentOf(options, endpoint.config_name, config);
    await this.endpoints.startUpdate(endpoint, config.id, deployment);
    await this.endpoints.addEvent(name, actor, 'UpdateStarted', {
      from: endpoint.config_name,
      to: configName,
      strategy: deployment.strategy,
      stepPercent: deployment.stepPercent,
      waitSeconds: deployment.waitSeconds,
      rollback: deployment.rollback,
    });
    this.logger.info({ endpoint: name, from: endpoint.config_name, to: configName, strategy: deployment.strategy }, 'update started');
    void this.reconciler.trigger();
    return this.getEndpoint(name);
  }

  /**
   * During an update: stops it, and traffic returns to the current config at once. Otherwise: an update
   * back to an earlier config, the one named or the one before the current.
   */
  async rollbackEndpoint(name: string, configName: string, actor: string): Promise<EndpointView> {
    const endpoint = await this.endpointOrThrow(name);
    if (endpoint.status === 'Updating') {
      if (configName && configName !== endpoint.config_name) {
        throw new AppError(
          'FailedPrecondition',
          `endpoint ${name} is Updating; it can only roll back to its current config ${endpoint.config_name}`,
        );
      }
      await this.deployments.abort(endpoint, `rolled back by ${actor}`);
      void this.reconciler.trigger();
      return this.getEndpoint(name);
    }
    let target = configName;
    if (!target) {
      const updated = (await this.endpoints.listEvents(name)).find((e) => e.action === 'Updated' && e.detail.to === endpoint.config_name);
      if (!updated) throw new AppError('FailedPrecondition', `endpoint ${name} has no earlier config to roll back to`);
      target = String(updated.detail.from);
    }
    return this.updateEndpoint(name, target, null, actor);
  }

  /** Marks the endpoint Deleting; the reconciler unloads its variants and removes it. */
  async deleteEndpoint(name: string, actor: string): Promise<EndpointView> {
    const endpoint = await this.endpointOrThrow(name);
    if (endpoint.status !== 'Deleting') await this.endpoints.setStatus(endpoint, 'Deleting', null, actor);
    this.logger.info({ endpoint: name }, 'endpoint deleting');
    const view = await this.getEndpoint(name);
    void this.reconciler.trigger();
    return view;
  }

  /** The endpoint's history, newest first; 404 only when there never was such an endpoint. */
  async history(name: string) {
    const events = await this.endpoints.listEvents(name);
    if (events.length === 0 && !(await this.endpoints.findEndpoint(name))) throw notFound(`endpoint ${name} does not exist`);
    return events;
  }

  private async endpointOrThrow(name: string): Promise<EndpointRecord> {
    const endpoint = await this.endpoints.findEndpoint(name);
    if (!endpoint) throw notFound(`endpoint ${name} does not exist`);
    return endpoint;
  }

  private async withVariants(endpoints: EndpointRecord[]): Promise<EndpointView[]> {
    const variants = await this.endpoints.liveVariantsOf(endpoints.map((e) => e.id));
    const placements = await this.endpoints.listPlacements();
    return endpoints.map((endpoint) => ({
      ...endpoint,
      variants: (variants.get(endpoint.id) ?? [])
        .filter((v) => v.generation === endpoint.generation)
        .map((variant) => ({
          name: variant.name,
          model: variant.model,
          version: variant.version,
          sha256: variant.sha256,
          weight: variant.weight,
          shadowSamplingPercent: variant.shadowSamplingPercent ?? 0,
          desiredInstanceCount: variant.instanceCount,
          readyInstanceCount: placements.filter(
            (p) =>
              p.endpoint_id === endpoint.id &&
              p.generation === variant.generation &&
              p.variant_name === variant.name &&
              p.state === 'Ready' &&
              !this.workers.isGone(p.worker_id),
          ).length,
        })),
    }));
  }
}
