import type { PredictionTarget, StreamJob__Output, TransformJob__Output } from '@modelserve/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { BatchConnection } from '../routing/service-connections';
import { CreateStreamJobBody, CreateTransformJobBody } from './job-schemas';
import { parseBody } from './schemas';

function targetOf(body: { endpoint?: string; model?: { name: string; version: number }; instanceCount?: number }): PredictionTarget {
  return body.endpoint
    ? { endpoint: body.endpoint }
    : { model: { model: body.model!.name, version: body.model!.version }, instanceCount: body.instanceCount ?? 1 };
}

/** The REST shape of a target: {"endpoint": ...} or {"model": {name, version}, "instanceCount": n}. */
function targetFields(target: NonNullable<TransformJob__Output['spec']>['target']) {
  if (!target) return {};
  if (target.endpoint) return { endpoint: target.endpoint };
  return { model: { name: target.model!.model, version: target.model!.version }, instanceCount: target.instanceCount };
}

export function transformJobView(job: TransformJob__Output) {
  const spec = job.spec!;
  return {
    name: spec.name,
    status: job.status,
    ...(job.failureReason ? { failureReason: job.failureReason } : {}),
    ...targetFields(spec.target),
    servedBy: job.endpoint || null,
    input: spec.input,
    output: spec.output,
    batchStrategy: spec.batchStrategy,
    maxPayloadMB: spec.maxPayloadMb,
    maxConcurrentTransforms: spec.maxConcurrentTransforms,
    dataProcessing: spec.dataProcessing,
    errorPolicy: { maxFailedRecordsPercent: spec.maxFailedRecordsPercent },
    progress: job.progress,
    createdAt: job.createdAt,
    startedAt: job.startedAt || null,
    endedAt: job.endedAt || null,
  };
}

export function streamJobView(job: StreamJob__Output) {
  const { target, name, ...spec } = job.spec!;
  return {
    name,
    status: job.status,
    ...(job.failureReason ? { failureReason: job.failureReason } : {}),
    ...targetFields(target),
    servedBy: job.endpoint || null,
    ...spec,
    recordsIn: job.recordsIn,
    recordsOut: job.recordsOut,
    recordsDeadLettered: job.recordsDeadLettered,
    recordsPerSecond: job.recordsPerSecond,
    lag: job.lag,
    createdAt: job.createdAt,
  };
}

@Controller('v1/transform-jobs')
export class TransformJobsController {
  constructor(private readonly batch: BatchConnection) {}

  /** 202: the job is InProgress; poll it for progress. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const job: z.infer<typeof CreateTransformJobBody> = parseBody(CreateTransformJobBody, body);
    const created = await this.batch.call(
      'CreateTransformJob',
      {
        name: job.name,
        target: targetOf(job),
        input: job.input,
        output: job.output,
        batchStrategy: job.batchStrategy,
        maxPayloadMb: job.maxPayloadMB,
        maxConcurrentTransforms: job.maxConcurrentTransforms,
        dataProcessing: job.dataProcessing,
        maxFailedRecordsPercent: job.errorPolicy?.maxFailedRecordsPercent,
      },
      req,
    );
    return transformJobView(created);
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
    const job = parseBody(CreateStreamJobBody, body);
    return streamJobView(
      await this.batch.call(
        'CreateStreamJob',
        {
          name: job.name,
          target: targetOf(job),
          inputTopic: job.inputTopic,
          outputTopic: job.outputTopic,
          deadLetterTopic: job.deadLetterTopic,
          contentType: job.contentType,
          accept: job.accept,
          consumerGroup: job.consumerGroup,
          maxBatchRecords: job.maxBatchRecords,
          maxBatchDelayMs: job.maxBatchDelayMs,
        },
        req,
      ),
    );
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
