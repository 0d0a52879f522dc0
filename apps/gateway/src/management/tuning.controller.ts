import { AppError } from '@modelserve/common';
import { deploymentOptions, endpointConfigMessage, tuningJobSpec } from '@modelserve/contracts';
import { DeployTuningJobRequest, EndpointConfigRequest, parseRequest, TuningJobRequest } from '@modelserve/schemas';
import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BatchConnection, RegistryConnection } from '../connections/service-connections';
import { parseBody } from './request-body';
import { endpointView, tuningJobView } from './views';

@Controller('v1/tuning-jobs')
export class TuningJobsController {
  constructor(
    private readonly batch: BatchConnection,
    private readonly registry: RegistryConnection,
  ) {}

  /** 202: the tuning job starts its first training jobs at once; poll it for their results and the best. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const job = parseBody(TuningJobRequest, body);
    return tuningJobView(await this.batch.call('CreateTuningJob', tuningJobSpec(job), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { jobs } = await this.batch.call('ListTuningJobs', {}, req);
    return { tuningJobs: jobs.map(tuningJobView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return tuningJobView(await this.batch.call('GetTuningJob', { name }, req));
  }

  @Post(':name/stop')
  @HttpCode(202)
  async stop(@Param('name') name: string, @Req() req: FastifyRequest) {
    return tuningJobView(await this.batch.call('StopTuningJob', { name }, req));
  }

  /**
   * 202: the best training job's model becomes a version, and the endpoint is created with it or moved
   * to it by the safe update any endpoint update gets (its deployment options apply). Asked again, the
   * same version and config are used.
   */
  @Post(':name/deploy')
  @HttpCode(202)
  async deploy(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const request = parseBody(DeployTuningJobRequest, body);
    const registered = await this.batch.call('RegisterBestModel', { tuningJob: name, model: request.model ?? '' }, req);
    const config = `${name}-v${registered.version}-${request.instanceCount}`;
    await this.registry
      .call(
        'CreateEndpointConfig',
        endpointConfigMessage(
          parseRequest(EndpointConfigRequest, {
            name: config,
            variants: [{ name: 'best', model: registered.model, version: registered.version, instanceCount: request.instanceCount }],
          }),
        ),
        req,
      )
      .catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'Conflict')) throw error;
      });
    const existing = await this.registry.call('GetEndpoint', { name: request.endpoint }, req).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NotFound') return undefined;
      throw error;
    });
    const endpoint = existing
      ? await this.registry.call(
          'UpdateEndpoint',
          { name: request.endpoint, config, deployment: deploymentOptions(request.deployment) },
          req,
        )
      : await this.registry.call('CreateEndpoint', { name: request.endpoint, config }, req);
    return {
      model: registered.model,
      version: registered.version,
      trainingJob: registered.trainingJob,
      endpointConfig: config,
      endpoint: endpointView(endpoint),
    };
  }
}
