import { streamJobSpec, transformJobSpec } from '@modelserve/contracts';
import { StreamJobRequest, TransformJobRequest } from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BatchConnection } from '../connections/service-connections';
import { parseBody } from './request-body';
import { streamJobView, transformJobView } from './views';

@Controller('v1/transform-jobs')
export class TransformJobsController {
  constructor(private readonly batch: BatchConnection) {}

  /** 202: the job is InProgress; poll it for progress. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const job = parseBody(TransformJobRequest, body);
    return transformJobView(await this.batch.call('CreateTransformJob', transformJobSpec(job), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { jobs } = await this.batch.call('ListTransformJobs', {}, req);
    return { transformJobs: jobs.map(transformJobView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return transformJobView(await this.batch.call('GetTransformJob', { name }, req));
  }

  @Post(':name/stop')
  @HttpCode(202)
  async stop(@Param('name') name: string, @Req() req: FastifyRequest) {
    return transformJobView(await this.batch.call('StopTransformJob', { name }, req));
  }
}

@Controller('v1/stream-jobs')
export class StreamJobsController {
  constructor(private readonly batch: BatchConnection) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const job = parseBody(StreamJobRequest, body);
    return streamJobView(await this.batch.call('CreateStreamJob', streamJobSpec(job), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { jobs } = await this.batch.call('ListStreamJobs', {}, req);
    return { streamJobs: jobs.map(streamJobView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return streamJobView(await this.batch.call('GetStreamJob', { name }, req));
  }

  @Post(':name/pause')
  @HttpCode(200)
  async pause(@Param('name') name: string, @Req() req: FastifyRequest) {
    return streamJobView(await this.batch.call('PauseStreamJob', { name }, req));
  }

  @Post(':name/resume')
  @HttpCode(200)
  async resume(@Param('name') name: string, @Req() req: FastifyRequest) {
    return streamJobView(await this.batch.call('ResumeStreamJob', { name }, req));
  }

  @Delete(':name')
  async delete(@Param('name') name: string, @Req() req: FastifyRequest) {
    return streamJobView(await this.batch.call('DeleteStreamJob', { name }, req));
  }
}
