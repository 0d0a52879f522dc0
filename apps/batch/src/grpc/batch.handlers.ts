import { invalidRequest, type Logger } from '@modelserve/common';
import {
  alertRuleRequestOf,
  asyncInvocationRequestOf,
  baselineJobRequestOf,
  monitoringScheduleRequestOf,
  streamJobRequestOf,
  trainingJobRequestOf,
  transformJobRequestOf,
  tuningJobRequestOf,
  type BatchHandlers,
} from '@modelserve/contracts';
import {
  AlertRuleRequest,
  AsyncInvocationRequest,
  BaselineJobRequest,
  GroundTruthLoadRequest,
  MAX_LABELS_PER_REQUEST,
  MonitoringScheduleRequest,
  parseRequest,
  resourceName,
  StreamJobRequest,
  TrainingJobRequest,
  TransformJobRequest,
  TuningJobRequest,
} from '@modelserve/schemas';
import { unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { AsyncInvocationsService } from '../async/async-invocations.service';
import { BATCH_LOGGER } from '../config';
import { AlertsService } from '../monitoring/alerts.service';
import { DriftService } from '../monitoring/drift.service';
import { QualityService } from '../monitoring/quality.service';
import { StreamJobsService } from '../stream/stream-jobs.service';
import { TrainingJobsService } from '../training/training-jobs.service';
import { TransformJobsService } from '../transform/transform-jobs.service';
import { TuningJobsService } from '../tuning/tuning-jobs.service';

/** Longest window of a quality report: as long as predictions are kept. */
const MAX_QUALITY_WINDOW_SECONDS = 90 * 86_400;
/** Most log lines of a training job in one answer. */
const MAX_LOG_LINES = 10_000;

/**
 * The Batch gRPC service: transform jobs, stream jobs, asynchronous invocations, model monitoring,
 * training jobs and tuning jobs.
 * New jobs, schedules and rules are checked against their schemas first.
 */
@Injectable()
export class BatchGrpc {
  constructor(
    private readonly transforms: TransformJobsService,
    private readonly streams: StreamJobsService,
    private readonly asyncInvocations: AsyncInvocationsService,
    private readonly quality: QualityService,
    private readonly drift: DriftService,
    private readonly alerts: AlertsService,
    private readonly training: TrainingJobsService,
    private readonly tuning: TuningJobsService,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): BatchHandlers {
    const { transforms, streams, asyncInvocations, quality, drift, alerts, training, tuning, logger } = this;
    const endpointName = (name: string) => parseRequest(resourceName, name, 'endpoint');
    return {
      CreateTransformJob: unaryHandler(logger, 'CreateTransformJob', (spec) =>
        transforms.create(parseRequest(TransformJobRequest, transformJobRequestOf(spec))),
      ),
      GetTransformJob: unaryHandler(logger, 'GetTransformJob', ({ name }) => transforms.get(name)),
      ListTransformJobs: unaryHandler(logger, 'ListTransformJobs', async () => ({ jobs: await transforms.list() })),
      StopTransformJob: unaryHandler(logger, 'StopTransformJob', ({ name }) => transforms.stop(name)),
      CreateStreamJob: unaryHandler(logger, 'CreateStreamJob', (spec) =>
        streams.create(parseRequest(StreamJobRequest, streamJobRequestOf(spec))),
      ),
      GetStreamJob: unaryHandler(logger, 'GetStreamJob', ({ name }) => streams.get(name)),
      ListStreamJobs: unaryHandler(logger, 'ListStreamJobs', async () => ({ jobs: await streams.list() })),
      PauseStreamJob: unaryHandler(logger, 'PauseStreamJob', ({ name }) => streams.pause(name)),
      ResumeStreamJob: unaryHandler(logger, 'ResumeStreamJob', ({ name }) => streams.resume(name)),
      DeleteStreamJob: unaryHandler(logger, 'DeleteStreamJob', ({ name }) => streams.delete(name)),
      InvokeEndpointAsync: unaryHandler(logger, 'InvokeEndpointAsync', (request) =>
        asyncInvocations.enqueue(parseRequest(AsyncInvocationRequest, asyncInvocationRequestOf(request))),
      ),

      PutGroundTruth: unaryHandler(logger, 'PutGroundTruth', ({ endpoint, labels }) => {
        if (labels.length > MAX_LABELS_PER_REQUEST) throw invalidRequest(`at most ${MAX_LABELS_PER_REQUEST} labels per request`);
        return quality.putLabels(endpointName(endpoint), labels);
      }),
      LoadGroundTruth: unaryHandler(logger, 'LoadGroundTruth', ({ endpoint, uri }) =>
        quality.loadLabels(endpointName(endpoint), parseRequest(GroundTruthLoadRequest, { s3Uri: uri }).s3Uri),
      ),
      GetQualityReport: unaryHandler(logger, 'GetQualityReport', ({ endpoint, windowSeconds }) => {
        if (windowSeconds < 60 || windowSeconds > MAX_QUALITY_WINDOW_SECONDS) throw invalidRequest('the window is 1m to 90d');
        return quality.report(endpointName(endpoint), windowSeconds);
      }),

      CreateBaselineJob: unaryHandler(logger, 'CreateBaselineJob', (spec) =>
        drift.createBaseline(parseRequest(BaselineJobRequest, baselineJobRequestOf(spec))),
      ),
      GetBaselineJob: unaryHandler(logger, 'GetBaselineJob', ({ name }) => drift.baseline(name)),
      ListBaselineJobs: unaryHandler(logger, 'ListBaselineJobs', async () => ({ jobs: await drift.baselines() })),
      CreateMonitoringSchedule: unaryHandler(logger, 'CreateMonitoringSchedule', (spec) =>
        drift.createSchedule(parseRequest(MonitoringScheduleRequest, monitoringScheduleRequestOf(spec))),
      ),
      GetMonitoringSchedule: unaryHandler(logger, 'GetMonitoringSchedule', ({ name }) => drift.schedule(name)),
      ListMonitoringSchedules: unaryHandler(logger, 'ListMonitoringSchedules', async ({ endpoint }) => ({
        schedules: await drift.schedules(endpoint || undefined),
      })),
      DeleteMonitoringSchedule: unaryHandler(logger, 'DeleteMonitoringSchedule', ({ name }) => drift.deleteSchedule(name)),
      RunMonitoringSchedule: unaryHandler(logger, 'RunMonitoringSchedule', ({ name }) => drift.runNow(name)),
      ListMonitoringExecutions: unaryHandler(logger, 'ListMonitoringExecutions', async ({ schedule, endpoint, limit }) => ({
        executions: await drift.executions({ schedule: schedule || undefined, endpoint: endpoint || undefined }, limit),
      })),

      CreateAlertRule: unaryHandler(logger, 'CreateAlertRule', (spec) =>
        alerts.create(parseRequest(AlertRuleRequest, alertRuleRequestOf(spec))),
      ),
      GetAlertRule: unaryHandler(logger, 'GetAlertRule', ({ name }) => alerts.get(name)),
      ListAlertRules: unaryHandler(logger, 'ListAlertRules', async () => ({ rules: await alerts.list() })),
      DeleteAlertRule: unaryHandler(logger, 'DeleteAlertRule', ({ name }) => alerts.delete(name)),
      ListAlertEvents: unaryHandler(logger, 'ListAlertEvents', async ({ rule, limit }) => ({
        events: await alerts.events(rule || undefined, limit),
      })),

      CreateTrainingJob: unaryHandler(logger, 'CreateTrainingJob', (spec) =>
        training.create(parseRequest(TrainingJobRequest, trainingJobRequestOf(spec))),
      ),
      GetTrainingJob: unaryHandler(logger, 'GetTrainingJob', ({ name }) => training.get(name)),
      ListTrainingJobs: unaryHandler(logger, 'ListTrainingJobs', async () => ({ jobs: await training.list() })),
      StopTrainingJob: unaryHandler(logger, 'StopTrainingJob', ({ name }) => training.stop(name)),
      GetTrainingJobLogs: unaryHandler(logger, 'GetTrainingJobLogs', ({ name, after, limit }) =>
        training.logs(name, Number(after), Math.min(Math.max(limit || MAX_LOG_LINES, 1), MAX_LOG_LINES)),
      ),
      GetTrainingJobMetrics: unaryHandler(logger, 'GetTrainingJobMetrics', ({ name }) => training.metrics(name)),

      CreateTuningJob: unaryHandler(logger, 'CreateTuningJob', (spec) =>
        tuning.create(parseRequest(TuningJobRequest, tuningJobRequestOf(spec))),
      ),
      GetTuningJob: unaryHandler(logger, 'GetTuningJob', ({ name }) => tuning.get(name)),
      ListTuningJobs: unaryHandler(logger, 'ListTuningJobs', async () => ({ jobs: await tuning.list() })),
      StopTuningJob: unaryHandler(logger, 'StopTuningJob', ({ name }) => tuning.stop(name)),
      RegisterBestModel: unaryHandler(logger, 'RegisterBestModel', ({ tuningJob, model }) =>
        tuning.registerBest(tuningJob, model ? parseRequest(resourceName, model, 'model') : ''),
      ),
    };
  }
}
