import {
  asyncInferenceSettingsOf,
  streamJobRequestOf,
  trainingJobRequestOf,
  transformJobRequestOf,
  tuningJobRequestOf,
  type Endpoint__Output,
  type EndpointFigures__Output,
  type Quantiles__Output,
  type EndpointConfig__Output,
  type EndpointEvent__Output,
  type Model__Output,
  type ModelVersion__Output,
  type StreamJob__Output,
  type TensorSpec__Output,
  type TransformJob__Output,
  type TrainingLineage__Output,
  type TrainingJob__Output,
  type TuningJob__Output,
  type TuningTrainingJob__Output,
} from '@modelserve/contracts';

/** REST shapes of registry messages: what users of the API see. */
export const tensorView = (t: TensorSpec__Output) => ({
  name: t.name,
  datatype: t.datatype,
  shape: t.shape,
  ...(t.classLabels.length ? { classLabels: t.classLabels } : {}),
});

export const modelView = (m: Model__Output) => ({
  name: m.name,
  description: m.description,
  latestVersion: m.latestVersion || null,
  createdAt: m.createdAt,
});

export const versionView = (v: ModelVersion__Output) => ({
  model: v.model,
  version: v.version,
  sha256: v.sha256,
  sizeBytes: v.sizeBytes,
  artifactUri: v.artifactUri,
  inputs: v.inputs.map(tensorView),
  outputs: v.outputs.map(tensorView),
  description: v.description,
  tags: v.tags,
  approvalStatus: v.approvalStatus,
  aliases: v.aliases,
  // What the upload check found: whether concurrent requests can share a run without changing answers.
  ...(v.batchSupport ? { batchSupport: { support: v.batchSupport, detail: v.batchSupportDetail } } : {}),
  runtime: definedOnly(v.runtime ?? {}),
  // How quality reports read its predictions, where declared (otherwise inferred from its outputs).
  ...(v.quality
    ? { quality: definedOnly(Object.fromEntries(Object.entries(v.quality).map(([k, value]) => [k, value || undefined]))) }
    : {}),
  // The training job it came from, when one registered it.
  ...(v.lineage ? { lineage: trainingLineageView(v.lineage) } : {}),
  createdAt: v.createdAt,
});

const trainingLineageView = (l: TrainingLineage__Output) => ({
  trainingJob: l.trainingJob,
  hyperParameters: l.hyperParameters,
  finalMetrics: l.finalMetrics,
  inputDataUris: l.inputDataUris,
  ...(l.image ? { image: l.image } : {}),
  ...(l.command.length ? { command: l.command } : {}),
  ...(l.sourceUri ? { sourceUri: l.sourceUri } : {}),
  modelArtifacts: l.modelArtifacts,
});

/** A proto3 message with optional fields, without the unset ones and proto-loader's oneof markers. */
const definedOnly = (message: object) =>
  Object.fromEntries(Object.entries(message).filter(([key, value]) => value !== undefined && !key.startsWith('_')));

export const configView = (c: EndpointConfig__Output) => ({
  name: c.name,
  variants: c.variants.map(({ name, model, version, alias, instanceCount, weight, shadowSamplingPercent, batching }) => ({
    name,
    model,
    version,
    ...(alias ? { alias } : {}),
    instanceCount,
    weight,
    ...(shadowSamplingPercent > 0 ? { shadowSamplingPercent } : {}),
    batching: definedOnly(batching ?? { enabled: false }),
  })),
  ...(c.dataCapture ? { dataCapture: { samplingPercent: c.dataCapture.samplingPercent, destination: c.dataCapture.destination } } : {}),
  ...(c.asyncInference ? { asyncInference: definedOnly(asyncInferenceSettingsOf(c.asyncInference)) } : {}),
  createdAt: c.createdAt,
});

const quantilesView = (q: Quantiles__Output | null) =>
  q && q.count > 0 ? definedOnly({ count: q.count, p50: q.p50, p90: q.p90, p99: q.p99 }) : { count: 0 };

export const figuresView = (f: EndpointFigures__Output, window: unknown) => ({
  endpoint: f.endpoint,
  window,
  windowStart: f.windowStart,
  windowEnd: f.windowEnd,
  variants: f.variants.map((v) => ({
    variant: v.variant,
    model: v.model?.model ?? '',
    version: v.model?.version ?? 0,
    invocations: v.invocations,
    clientErrors: v.clientErrors,
    serverErrors: v.serverErrors,
    modelErrors: v.modelErrors,
    latencySeconds: quantilesView(v.latency),
    modelLatencySeconds: quantilesView(v.modelLatency),
    overheadLatencySeconds: quantilesView(v.overheadLatency),
    queueWaitSeconds: quantilesView(v.queueWait),
    batchRows: quantilesView(v.batchRows),
    weight: v.weight,
    ...(v.shadowSamplingPercent > 0 ? { shadowSamplingPercent: v.shadowSamplingPercent } : {}),
    capacity: { desiredInstanceCount: v.desiredInstanceCount, readyInstanceCount: v.readyInstanceCount },
  })),
});

export const endpointView = (e: Endpoint__Output) => ({
  name: e.name,
  config: e.config,
  status: e.status,
  variants: e.variants.map((v) => ({
    name: v.name,
    model: v.model,
    version: v.version,
    sha256: v.sha256,
    weight: v.weight,
    ...(v.shadowSamplingPercent > 0 ? { shadowSamplingPercent: v.shadowSamplingPercent } : {}),
    desiredInstanceCount: v.desiredInstanceCount,
    readyInstanceCount: v.readyInstanceCount,
  })),
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  ...(e.failureReason ? { failureReason: e.failureReason } : {}),
  ...(e.deployment
    ? {
        deployment: {
          from: e.deployment.fromConfig,
          to: e.deployment.toConfig,
          strategy: e.deployment.strategy,
          phase: e.deployment.phase,
          trafficPercent: e.deployment.trafficPercent,
          startedAt: e.deployment.startedAt,
          ...(e.deployment.reason ? { reason: e.deployment.reason } : {}),
        },
      }
    : {}),
});

export const eventView = (e: EndpointEvent__Output) => ({
  at: e.at,
  actor: e.actor,
  action: e.action,
  detail: JSON.parse(e.detail) as unknown,
});

/** What every job view starts with: the job as it was asked for (defaults filled in), and where it stands. */
function jobView<Spec extends { name: string }>(job: { status: string; failureReason: string; endpoint: string }, { name, ...spec }: Spec) {
  return {
    name,
    status: job.status,
    ...(job.failureReason ? { failureReason: job.failureReason } : {}),
    servedBy: job.endpoint || null,
    ...spec,
  };
}

/** A transform job with its progress. */
export const transformJobView = (job: TransformJob__Output) => ({
  ...jobView(job, transformJobRequestOf(job.spec!)),
  progress: job.progress,
  createdAt: job.createdAt,
  startedAt: job.startedAt || null,
  endedAt: job.endedAt || null,
});

/** A training job as DescribeTrainingJob shows it, in the request's own field names. */
export const trainingJobView = (job: TrainingJob__Output) => {
  const { name, ...spec } = trainingJobRequestOf(job.spec!);
  return {
    name,
    status: job.status,
    secondaryStatus: job.secondaryStatus,
    ...(job.failureReason ? { failureReason: job.failureReason } : {}),
    ...spec,
    secondaryStatusTransitions: job.secondaryStatusTransitions.map((t) => ({
      status: t.status,
      startTime: t.startTime,
      endTime: t.endTime || null,
      statusMessage: t.statusMessage,
    })),
    finalMetricDataList: job.finalMetricDataList.map((m) => ({ metricName: m.metricName, value: m.value, timestamp: m.timestamp })),
    modelArtifacts: job.modelArtifacts || null,
    outputData: job.outputData || null,
    registeredModelVersion: job.registeredModel ? { model: job.registeredModel, version: job.registeredVersion } : null,
    billableSeconds: Number(job.billableSeconds),
    restarts: job.restarts,
    tuningJob: job.tuningJob || null,
    createdAt: job.createdAt,
    trainingStartTime: job.trainingStartTime || null,
    trainingEndTime: job.trainingEndTime || null,
  };
};

/** A training job of a tuning job, as DescribeHyperParameterTuningJob's summaries show it. */
const tuningTrainingJobView = (job: TuningTrainingJob__Output, metricName: string) => ({
  name: job.name,
  tuningJob: job.tuningJob,
  status: job.status,
  tunedHyperParameters: job.tunedHyperParameters,
  objective: job.hasObjective ? { metricName, value: job.objectiveValue } : null,
  objectiveStatus: job.objectiveStatus,
  earlyStopped: job.earlyStopped,
  ...(job.failureReason ? { failureReason: job.failureReason } : {}),
  createdAt: job.createdAt,
  endedAt: job.endedAt || null,
});

/** A tuning job with its training jobs, their counts by status and the best of them. */
export const tuningJobView = (job: TuningJob__Output) => {
  const { name, ...spec } = tuningJobRequestOf(job.spec!);
  const metric = spec.objective.metricName;
  return {
    name,
    status: job.status,
    ...(job.failureReason ? { failureReason: job.failureReason } : {}),
    ...spec,
    trainingJobStatusCounters: job.trainingJobStatusCounters,
    objectiveStatusCounters: job.objectiveStatusCounters,
    bestTrainingJob: job.bestTrainingJob ? tuningTrainingJobView(job.bestTrainingJob, metric) : null,
    ...(job.overallBestTrainingJob ? { overallBestTrainingJob: tuningTrainingJobView(job.overallBestTrainingJob, metric) } : {}),
    registeredModelVersion: job.registeredModel ? { model: job.registeredModel, version: job.registeredVersion } : null,
    trainingJobs: job.trainingJobs.map((j) => tuningTrainingJobView(j, metric)),
    createdAt: job.createdAt,
    endedAt: job.endedAt || null,
  };
};

/** A stream job with its counters and lag. */
export const streamJobView = (job: StreamJob__Output) => ({
  ...jobView(job, streamJobRequestOf(job.spec!)),
  recordsIn: job.recordsIn,
  recordsOut: job.recordsOut,
  recordsDeadLettered: job.recordsDeadLettered,
  recordsPerSecond: job.recordsPerSecond,
  lag: job.lag,
  createdAt: job.createdAt,
});
