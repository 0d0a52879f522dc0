import { AppError, conflict, invalidRequest, notFound, type Logger } from '@modelserve/common';
import type { EndpointConfigRequest, VariantSpec } from '@modelserve/schemas';
import { StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import type { BatchingRow, DataCaptureRow } from '../database/schema';
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
    const id = await this.configs.create(request.name, variants, dataCaptureOf(request.dataCapture));
    if (id === undefined) throw conflict(`endpoint config ${request.name} already exists`);
    this.logger.info({ config: request.name }, 'endpoint config created');
    return this.get(request.name);
  }

  async get(name: string): Promise<EndpointConfig> {
    const config = await this.configs.find(name);
    if (!config) throw notFound(`endpoint config ${name} does not exist`);
    return config;
  }

  list(): Promise<EndpointConfig[]> {
    return this.configs.list();
  }
}
