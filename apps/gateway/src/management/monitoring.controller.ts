import { invalidRequest } from '@modelserve/common';
import { alertRuleSpec, baselineJobSpec, monitoringScheduleSpec } from '@modelserve/contracts';
import {
  AlertRuleRequest,
  BaselineJobRequest,
  GroundTruthLoadRequest,
  GroundTruthRecords,
  labelValues,
  MonitoringScheduleRequest,
} from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BatchConnection } from '../connections/service-connections';
import { parseBody, parseWindow } from './request-body';
import { alertEventView, alertRuleView, baselineJobView, executionView, qualityView, scheduleView } from './monitoring-views';

const DEFAULT_QUALITY_WINDOW = '1d';

/** Ground truth and quality reports of an endpoint. */
@Controller('v1/endpoints/:name')
export class QualityController {
  constructor(private readonly batch: BatchConnection) {}

  /**
   * Labels keyed by inference id: a JSON array or JSON Lines of {inferenceId, label} or of SageMaker
   * ground-truth records (at most 10,000), or {"s3Uri": ...} to load them from objects in storage.
   * Answered once they are stored.
   */
  @Post('ground-truth')
  @HttpCode(200)
  async groundTruth(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      const { s3Uri } = parseBody(GroundTruthLoadRequest, body);
      return this.batch.call('LoadGroundTruth', { endpoint: name, uri: s3Uri }, req);
    }
    const labels = parseBody(GroundTruthRecords, body).map(labelValues);
    return this.batch.call('PutGroundTruth', { endpoint: name, labels }, req);
  }

  /** Quality per variant and model version of the predictions captured over the window (`?window=1d`). */
  @Get('quality')
  async quality(@Param('name') name: string, @Query('window') window: unknown, @Req() req: FastifyRequest) {
    const text = window ?? DEFAULT_QUALITY_WINDOW;
    const report = await this.batch.call('GetQualityReport', { endpoint: name, windowSeconds: parseWindow(text) }, req);
    return qualityView(report, String(text));
  }
}

@Controller('v1/baseline-jobs')
export class BaselineJobsController {
  constructor(private readonly batch: BatchConnection) {}

  /** 202: the job profiles the data set in the background; poll it for its statistics and constraints. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    return baselineJobView(await this.batch.call('CreateBaselineJob', baselineJobSpec(parseBody(BaselineJobRequest, body)), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { jobs } = await this.batch.call('ListBaselineJobs', {}, req);
    return { baselineJobs: jobs.map(baselineJobView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return baselineJobView(await this.batch.call('GetBaselineJob', { name }, req));
  }
}

@Controller('v1/monitoring-schedules')
export class MonitoringSchedulesController {
  constructor(private readonly batch: BatchConnection) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const spec = monitoringScheduleSpec(parseBody(MonitoringScheduleRequest, body));
    return scheduleView(await this.batch.call('CreateMonitoringSchedule', spec, req));
  }

  @Get()
  async list(@Query('endpoint') endpoint: unknown, @Req() req: FastifyRequest) {
    if (endpoint !== undefined && typeof endpoint !== 'string') throw invalidRequest('endpoint is one name');
    const { schedules } = await this.batch.call('ListMonitoringSchedules', { endpoint: endpoint ?? '' }, req);
    return { monitoringSchedules: schedules.map(scheduleView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return scheduleView(await this.batch.call('GetMonitoringSchedule', { name }, req));
  }

  @Delete(':name')
  async delete(@Param('name') name: string, @Req() req: FastifyRequest) {
    return scheduleView(await this.batch.call('DeleteMonitoringSchedule', { name }, req));
  }

  /** 202: runs the schedule now over one period of captured data up to this moment. */
  @Post(':name/run')
  @HttpCode(202)
  async run(@Param('name') name: string, @Req() req: FastifyRequest) {
    return executionView(await this.batch.call('RunMonitoringSchedule', { name }, req));
  }

  /** Reports, newest first (`?limit=`, 50 by default). */
  @Get(':name/executions')
  async executions(@Param('name') name: string, @Query('limit') limit: unknown, @Req() req: FastifyRequest) {
    const { executions } = await this.batch.call(
      'ListMonitoringExecutions',
      { schedule: name, endpoint: '', limit: parseLimit(limit) },
      req,
    );
    return { executions: executions.map(executionView) };
  }
}

@Controller('v1/alert-rules')
export class AlertRulesController {
  constructor(private readonly batch: BatchConnection) {}

  /** 201, with the webhook's signing secret: the only time it is shown. */
  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    return alertRuleView(await this.batch.call('CreateAlertRule', alertRuleSpec(parseBody(AlertRuleRequest, body)), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { rules } = await this.batch.call('ListAlertRules', {}, req);
    return { alertRules: rules.map(alertRuleView) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    return alertRuleView(await this.batch.call('GetAlertRule', { name }, req));
  }

  @Delete(':name')
  async delete(@Param('name') name: string, @Req() req: FastifyRequest) {
    return alertRuleView(await this.batch.call('DeleteAlertRule', { name }, req));
  }

  /** Firing and resolution, newest first, each with its webhook delivery (`?limit=`, 100 by default). */
  @Get(':name/events')
  async events(@Param('name') name: string, @Query('limit') limit: unknown, @Req() req: FastifyRequest) {
    const { events } = await this.batch.call('ListAlertEvents', { rule: name, limit: parseLimit(limit) }, req);
    return { events: events.map(alertEventView) };
  }
}

function parseLimit(limit: unknown): number {
  if (limit === undefined) return 0;
  const value = typeof limit === 'string' && /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
  if (!(value >= 1 && value <= 1000)) throw invalidRequest('limit is a whole number from 1 to 1000');
  return value;
}
