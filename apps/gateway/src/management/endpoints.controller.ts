import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BatchConnection, RegistryConnection } from '../connections/service-connections';
import { deploymentOptions, endpointConfigMessage } from '@modelserve/contracts';
import {
  CreateEndpointRequest,
  EndpointConfigRequest,
  RollbackEndpointRequest,
  UpdateEndpointRequest,
  UpdateVariantsRequest,
} from '@modelserve/schemas';
import { parseBody, parseWindow } from './request-body';
import { executionView } from './monitoring-views';
import { configView, endpointView, eventView, figuresView } from './views';

const DEFAULT_WINDOW = '15m';

@Controller('v1/endpoint-configs')
export class EndpointConfigsController {
  constructor(private readonly registry: RegistryConnection) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const request = parseBody(EndpointConfigRequest, body);
    return configView(await this.registry.call('CreateEndpointConfig', endpointConfigMessage(request), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { configs } = await this.registry.call('ListEndpointConfigs', {}, req);
    return { endpointConfigs: configs.map(configView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return configView(await this.registry.call('GetEndpointConfig', { name }, req));
  }

  /** 409 while an endpoint serves the config or is updating to it. */
  @Delete(':name')
  async remove(@Param('name') name: string, @Req() req: FastifyRequest) {
    return configView(await this.registry.call('DeleteEndpointConfig', { name }, req));
  }
}

@Controller('v1/endpoints')
export class EndpointsController {
  constructor(
    private readonly registry: RegistryConnection,
    private readonly batch: BatchConnection,
  ) {}

  /** 202: the endpoint is Creating; it turns InService once workers have its models loaded. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const { name, config } = parseBody(CreateEndpointRequest, body);
    return endpointView(await this.registry.call('CreateEndpoint', { name, config }, req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { endpoints } = await this.registry.call('ListEndpoints', {}, req);
    return { endpoints: endpoints.map(endpointView) };
  }

  /** The endpoint, with its latest drift report when a monitoring schedule watches it. */
  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    const [endpoint, latestReport] = await Promise.all([this.registry.call('GetEndpoint', { name }, req), this.latestReport(name, req)]);
    return { ...endpointView(endpoint), ...(latestReport ? { monitoring: { latestReport: executionView(latestReport) } } : {}) };
  }

  /** The newest finished monitoring execution of the endpoint; none when the batch service cannot say. */
  private async latestReport(name: string, req: FastifyRequest) {
    try {
      const { executions } = await this.batch.call('ListMonitoringExecutions', { schedule: '', endpoint: name, limit: 10 }, req);
      return executions.find((e) => e.status !== 'InProgress');
    } catch {
      return undefined;
    }
  }

  /**
   * 202: moves the endpoint to another config blue/green (AllAtOnce, Canary or Linear), rolling back by
   * itself if a new variant fails to load or a threshold is crossed.
   */
  @Put(':name')
  @HttpCode(202)
  async update(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { config, deployment } = parseBody(UpdateEndpointRequest, body);
    return endpointView(await this.registry.call('UpdateEndpoint', { name, config, deployment: deploymentOptions(deployment) }, req));
  }

  /** 202: an update back to the config named, or to the one before the current. */
  @Post(':name/rollback')
  @HttpCode(202)
  async rollback(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { config } = parseBody(RollbackEndpointRequest, body ?? {});
    return endpointView(await this.registry.call('RollbackEndpoint', { name, config: config ?? '' }, req));
  }

  /**
   * Operational figures per variant and model version over a recent window (`?window=15m`; s, m, h or d,
   * from 1 minute to 7 days): invocations and errors, latency split into time in the model and around
   * it, queue wait, batch sizes and capacity, from what gateways and workers reported.
   */
  @Get(':name/metrics')
  async figures(@Param('name') name: string, @Query('window') window: unknown, @Req() req: FastifyRequest) {
    const windowSeconds = parseWindow(window ?? DEFAULT_WINDOW);
    return figuresView(await this.registry.call('GetEndpointFigures', { name, windowSeconds }, req), window ?? DEFAULT_WINDOW);
  }

  /** Who changed what and when, newest first; kept after the endpoint is deleted. */
  @Get(':name/history')
  async history(@Param('name') name: string, @Req() req: FastifyRequest) {
    const { events } = await this.registry.call('ListEndpointEvents', { name }, req);
    return { events: events.map(eventView) };
  }

  /**
   * Weights and instance counts of a live endpoint, without reloading models (SageMaker's
   * UpdateEndpointWeightsAndCapacities). Weight 0 drains a variant; new instances are added by the registry.
   */
  @Patch(':name/variants')
  async updateVariants(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { variants } = parseBody(UpdateVariantsRequest, body);
    return endpointView(await this.registry.call('UpdateEndpointVariants', { name, variants }, req));
  }

  /** 202: the endpoint is Deleting until its variants are unloaded. */
  @Delete(':name')
  @HttpCode(202)
  async remove(@Param('name') name: string, @Req() req: FastifyRequest) {
    return endpointView(await this.registry.call('DeleteEndpoint', { name }, req));
  }
}
