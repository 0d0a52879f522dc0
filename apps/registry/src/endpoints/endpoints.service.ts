import { AppError, conflict, invalidRequest, notFound, type Logger } from '@modelserve/common';
import type { UpdateVariantsRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import { EndpointConfigsService } from './endpoint-configs.service';
import { EndpointsRepository, type Endpoint, type EndpointEvent } from './endpoints.repository';
import { PLACEMENT_TRIGGER, type PlacementTrigger } from './placement-trigger';
import type { ResolvedVariant } from './variants.query';

/** An endpoint with the variants of the generation that serves. */
export interface EndpointWithVariants extends Endpoint {
  variants: ResolvedVariant[];
}

/**
 * Endpoints: creation from a config, weights and instance counts of live variants, deletion, history.
 * Placement does the work on workers; this side records what is wanted and nudges it.
 */
@Injectable()
export class EndpointsService {
  constructor(
    private readonly endpoints: EndpointsRepository,
    private readonly configs: EndpointConfigsService,
    @Inject(PLACEMENT_TRIGGER) private readonly placement: PlacementTrigger,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  async create(name: string, configName: string, actor: string): Promise<EndpointWithVariants> {
    const config = await this.configs.get(configName);
    const id = await this.endpoints.create(name, config.id);
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
    void this.placement.trigger();
    return this.get(name);
  }

  async get(name: string): Promise<EndpointWithVariants> {
    return (await this.withVariants([await this.find(name)]))[0];
  }

  async list(): Promise<EndpointWithVariants[]> {
    return this.withVariants(await this.endpoints.list());
  }

  /** The endpoint, or 404. */
  async find(name: string): Promise<Endpoint> {
    const endpoint = await this.endpoints.find(name);
    if (!endpoint) throw notFound(`endpoint ${name} does not exist`);
    return endpoint;
  }

  /**
   * Changes weights and instance counts of the endpoint's live variants. Models stay loaded: a new
   * weight only changes the routing table, and a new count adds or removes instances.
   */
  async updateVariants(name: string, { variants: updates }: UpdateVariantsRequest, actor: string): Promise<EndpointWithVariants> {
    const endpoint = await this.find(name);
    if (endpoint.status !== 'InService' && endpoint.status !== 'Creating') {
      throw new AppError('FailedPrecondition', `endpoint ${name} is ${endpoint.status}; its variants cannot change`);
    }
    const [{ variants: live }] = await this.withVariants([endpoint]);
    const weights = new Map(live.map((v) => [v.name, v.weight]));
    const shadows = new Set(live.filter((v) => v.shadowSamplingPercent !== null).map((v) => v.name));
    for (const update of updates) {
      if (!weights.has(update.name)) {
        throw invalidRequest(`endpoint ${name} has no variant ${update.name}; it has ${live.map((v) => v.name).join(', ')}`);
      }
      if (update.weight === undefined) continue;
      if (shadows.has(update.name)) throw invalidRequest(`variant ${update.name} is a shadow variant: it takes no weight`);
      weights.set(update.name, update.weight);
    }
    if ([...weights.values()].every((weight) => weight === 0)) throw invalidRequest('at least one variant needs a weight above 0');
    await this.endpoints.updateLiveVariants(endpoint.id, endpoint.generation, updates);
    await this.endpoints.addEvent(name, actor, 'VariantsUpdated', { changes: updates });
    this.logger.info({ endpoint: name, updates }, 'endpoint variants updated');
    await this.placement.trigger();
    return this.get(name);
  }

  /** Marks the endpoint Deleting; placement unloads its variants and removes it. */
  async delete(name: string, actor: string): Promise<EndpointWithVariants> {
    const endpoint = await this.find(name);
    if (endpoint.status !== 'Deleting') await this.endpoints.setStatus(endpoint, 'Deleting', null, actor);
    this.logger.info({ endpoint: name }, 'endpoint deleting');
    const deleting = await this.get(name);
    void this.placement.trigger();
    return deleting;
  }

  /** The endpoint's history, newest first; 404 only when there never was such an endpoint. */
  async history(name: string): Promise<EndpointEvent[]> {
    const events = await this.endpoints.listEvents(name);
    if (events.length === 0) await this.find(name);
    return events;
  }

  private async withVariants(endpoints: Endpoint[]): Promise<EndpointWithVariants[]> {
    const variants = await this.endpoints.liveVariantsOf(endpoints.map((e) => e.id));
    return endpoints.map((endpoint) => ({
      ...endpoint,
      variants: (variants.get(endpoint.id) ?? []).filter((v) => v.generation === endpoint.generation),
    }));
  }
}
