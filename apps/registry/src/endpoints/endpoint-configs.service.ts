import { AppError, conflict, invalidRequest, notFound, type Logger } from '@modelserve/common';
import type { EndpointConfigRequest, VariantSpec } from '@modelserve/schemas';
import { StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import type { AsyncInferenceRow, BatchingRow, DataCaptureRow } from '../database/schema';
import type { BatchSupportFinding } from '../models/batch-support';
import { ModelsService } from '../models/models.service';
import { EndpointConfigsRepository, type EndpointConfig } from './configs.repository';
import type { ConfigVariant } from './variants.query';

/** Prefixes a failure with the variant it concerns, so that a config with several variants says which one. */
function inVariant<T>(variant: string, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    throw error instanceof AppError ? new AppError(error.code, `variant ${variant}: ${error.message}`) : error;
  });
}

/**
 * Whether a variant batches. On by default when the upload check found the model answers each row the
 * same alone or batched; asking for it on a model where it would change answers (or that fixes its
 * batch size) is refused, with the reason.
 */
function batchingOf(variant: VariantSpec, model: string, support: BatchSupportFinding): BatchingRow {
  const supported = support.support !== 'Unsupported';
  if (variant.batching.enabled === true && !supported) {
    throw invalidRequest(`variant ${variant.name}: batching cannot be enabled for ${model}: ${support.detail}`);
  }
  return { ...variant.batching, enabled: variant.batching.enabled ?? supported };
}

function dataCaptureOf(capture: EndpointConfigRequest['dataCapture']): DataCaptureRow | null {
  if (!capture || capture.samplingPercent === 0) return null;
  return { samplingPercent: capture.samplingPercent, destination: capture.destination.replace(/\/+$/, '') };
}

function asyncInferenceOf(settings: EndpointConfigRequest['asyncInference']): AsyncInferenceRow | null {
  if (!settings) return null;
  const outputUri = settings.outputUri.replace(/\/+$/, '');
  return {
    outputUri,
    failureUri: settings.failureUri?.replace(/\/+$/, '') ?? outputUri,
    successTopic: settings.notification?.successTopic ?? '',
    errorTopic: settings.notification?.errorTopic ?? '',
    webhookUrl: settings.notification?.webhookUrl ?? '',
    maxConcurrentInvocationsPerInstance: settings.maxConcurrentInvocationsPerInstance,
  };
}

/** Endpoint configs; each variant's model version is resolved (aliases included) and fixed when the config is made. */
@Injectable()
export class EndpointConfigsService {
  constructor(
    private readonly configs: EndpointConfigsRepository,
    private readonly models: ModelsService,
    private readonly allowList: StorageAllowList,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  async create(request: EndpointConfigRequest): Promise<EndpointConfig> {
    if (request.dataCapture?.destination) this.allowList.check('dataCapture.destination', request.dataCapture.destination);
    if (request.asyncInference) {
      this.allowList.check('asyncInference.outputUri', request.asyncInference.outputUri);
      if (request.asyncInference.failureUri) this.allowList.check('asyncInference.failureUri', request.asyncInference.failureUri);
    }
    const variants: Omit<ConfigVariant, 'model'>[] = [];
    for (const variant of request.variants) {
      const model = await inVariant(variant.name, this.models.get(variant.model));
      const version = await inVariant(variant.name, this.models.resolveVersion(variant.model, variant));
      if (version.approvalStatus === 'Rejected') {
        throw new AppError('FailedPrecondition', `variant ${variant.name}: version ${version.version} of ${variant.model} is Rejected`);
      }
      const support = await this.models.batchSupportOf(version);
      variants.push({
        name: variant.name,
        modelId: model.id,
        version: version.version,
        batching: batchingOf(variant, `${variant.model}:${version.version}`, support),
        instanceCount: variant.instanceCount,
        // A shadow variant takes no share of the traffic, only copies.
        weight: variant.shadowSamplingPercent ? 0 : variant.weight,
        alias: variant.alias ?? null,
        shadowSamplingPercent: variant.shadowSamplingPercent ?? null,
      });
    }
    const id = await this.configs.create(request.name, variants, {
      dataCapture: dataCaptureOf(request.dataCapture),
      asyncInference: asyncInferenceOf(request.asyncInference),
    });
    if (id === undefined) throw conflict(`endpoint config ${request.name} already exists`);
    this.logger.info({ config: request.name }, 'endpoint config created');
    return this.get(request.name);
  }

  async get(name: string): Promise<EndpointConfig> {
    const config = await this.configs.find(name);
    if (!config) throw notFound(`endpoint config ${name} does not exist`);
    return config;
  }

  /** Refused while an endpoint serves the config or is updating to it. */
  async delete(name: string): Promise<EndpointConfig> {
    const config = await this.get(name);
    const endpoints = await this.configs.endpointsUsing(config);
    if (endpoints.length) throw conflict(`endpoint config ${name} is used by endpoint ${endpoints.join(', ')}`);
    await this.configs.delete(config);
    this.logger.info({ config: name }, 'endpoint config deleted');
    return config;
  }

  list(): Promise<EndpointConfig[]> {
    return this.configs.list();
  }
}
