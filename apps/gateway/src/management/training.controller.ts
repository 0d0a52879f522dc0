import { trainingJobSpec } from '@modelserve/contracts';
import { parseRequest, TrainingJobRequest, TrainingLogsQuery } from '@modelserve/schemas';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchConnection } from '../connections/service-connections';
import { parseBody } from './request-body';
import { trainingJobView } from './views';

/** How often a followed log asks for new lines. */
const FOLLOW_POLL_MS = 1000;

@Controller('v1/training-jobs')
export class TrainingJobsController {
  constructor(private readonly batch: BatchConnection) {}

  /** 202: the job is InProgress (Pending until a training slot is free); poll it, or follow its logs. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const job = parseBody(TrainingJobRequest, body);
    return trainingJobView(await this.batch.call('CreateTrainingJob', trainingJobSpec(job), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { jobs } = await this.batch.call('ListTrainingJobs', {}, req);
    return { trainingJobs: jobs.map(trainingJobView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return trainingJobView(await this.batch.call('GetTrainingJob', { name }, req));
  }

  @Post(':name/stop')
  @HttpCode(202)
  async stop(@Param('name') name: string, @Req() req: FastifyRequest) {
    return trainingJobView(await this.batch.call('StopTrainingJob', { name }, req));
  }

  /** Every value of every metric the job printed, in order. */
  @Get(':name/metrics')
  async metrics(@Param('name') name: string, @Req() req: FastifyRequest) {
    const { series } = await this.batch.call('GetTrainingJobMetrics', { name }, req);
    return {
      metrics: series.map((s) => ({ metricName: s.metricName, values: s.values.map((v) => ({ value: v.value, timestamp: v.timestamp })) })),
    };
  }

  /**
   * Log lines after `after` as JSON; with `follow=true`, JSON Lines (one line object each) streamed as
   * the job prints them, ending when the job has ended.
   */
  @Get(':name/logs')
  async logs(@Param('name') name: string, @Query() query: unknown, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const { after, limit, follow } = parseRequest(TrainingLogsQuery, query, 'query');
    const page = (from: number) => this.batch.call('GetTrainingJobLogs', { name, after: from, limit }, req);
    const first = await page(after);
    const lineView = (l: (typeof first.lines)[number]) => ({
      sequence: Number(l.sequence),
      timestamp: l.timestamp,
      host: l.host,
      stream: l.stream,
      message: l.message,
    });
    if (!follow) {
      const lines = first.lines.map(lineView);
      return reply.send({ lines, next: lines.at(-1)?.sequence ?? after, complete: first.complete });
    }
    // Set when the client goes away, so that no further page is asked for.
    const closed = { value: false };
    reply.raw.once('close', () => (closed.value = true));
    async function* followed() {
      let answer = first;
      let next = after;
      for (;;) {
        for (const line of answer.lines) yield `${JSON.stringify(lineView(line))}\n`;
        next = Number(answer.lines.at(-1)?.sequence ?? next);
        if (answer.complete || closed.value) return;
        if (answer.lines.length < limit) await sleep(FOLLOW_POLL_MS);
        answer = await page(next);
      }
    }
    return reply.type('application/x-ndjson').send(Readable.from(followed()));
  }
}
