import type {
  AlertRuleRequest,
  AsyncInvocationRequest as AsyncInvocationRequestSchema,
  BaselineJobRequest,
  DriftThresholds,
  MonitoringScheduleRequest,
  QualitySpecRequest,
  CreateKeyRequest,
  QuotaLimits,
  DeploymentRequest,
  EndpointConfigRequest,
  StreamJobRequest,
  TrainingJobRequest,
  TrainingLineage,
  TuningJobRequest,
  TransformJobRequest,
  UpdateVariantsRequest,
  UpdateVersionRequest,
} from '@modelserve/schemas';
import type { z } from 'zod';
import type { CreateApiKeyRequest, CreateApiKeyRequest__Output } from './generated/modelserve/access/v1/CreateApiKeyRequest';
import type {
  QuotaLimits as QuotaLimitsMessage,
  QuotaLimits__Output as QuotaLimitsMessage__Output,
} from './generated/modelserve/access/v1/QuotaLimits';
import type { AsyncInvocationRequest__Output } from './generated/modelserve/batch/v1/AsyncInvocationRequest';
import type { StreamJobSpec__Output } from './generated/modelserve/batch/v1/StreamJobSpec';
import type { AlertRuleSpec__Output } from './generated/modelserve/batch/v1/AlertRuleSpec';
import type { BaselineJobSpec__Output } from './generated/modelserve/batch/v1/BaselineJobSpec';
import type { MonitoringScheduleSpec__Output } from './generated/modelserve/batch/v1/MonitoringScheduleSpec';
import type { QualitySpec, QualitySpec__Output } from './generated/modelserve/registry/v1/QualitySpec';
import type { TransformJobSpec__Output } from './generated/modelserve/batch/v1/TransformJobSpec';
import type { TrainingJobSpec__Output } from './generated/modelserve/batch/v1/TrainingJobSpec';
import type { TuningJobSpec__Output } from './generated/modelserve/batch/v1/TuningJobSpec';
import type { TrainingLineage__Output } from './generated/modelserve/registry/v1/TrainingLineage';
import type { PredictionTarget__Output } from './generated/modelserve/batch/v1/PredictionTarget';
import type {
  CreateEndpointConfigRequest,
  CreateEndpointConfigRequest__Output,
} from './generated/modelserve/registry/v1/CreateEndpointConfigRequest';
import type { AsyncInference__Output } from './generated/modelserve/registry/v1/AsyncInference';
import type { DeploymentOptions, DeploymentOptions__Output } from './generated/modelserve/registry/v1/DeploymentOptions';
import type { UpdateEndpointVariantsRequest__Output } from './generated/modelserve/registry/v1/UpdateEndpointVariantsRequest';
import type {
  UpdateModelVersionRequest,
  UpdateModelVersionRequest__Output,
} from './generated/modelserve/registry/v1/UpdateModelVersionRequest';

/*
 * Requests travel between services as gRPC messages and are checked against their schema in
 * @modelserve/schemas, at the REST edge and again in the service that owns them. These functions turn a
 * checked request into its message and a received message back into the request shape, so both
 * checks run the same rules. proto3 sends 0 and "" for unset scalars; those become "unset" again here.
 */

const unsetIfZero = (value: number | null | undefined) => (value ? value : undefined);
const unsetIfEmpty = (value: string | null | undefined) => (value ? value : undefined);
const unsetIfNull = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function updateVersionMessage(model: string, version: number, request: UpdateVersionRequest): UpdateModelVersionRequest {
  return {
    model,
    version,
    description: request.description,
    setTags: request.tags !== undefined,
    tags: request.tags ?? {},
    approvalStatus: request.approvalStatus,
    runtime: request.runtime,
    quality: request.quality && qualitySpecMessage(request.quality),
  };
}

export const qualitySpecMessage = (spec: QualitySpecRequest): QualitySpec => ({
  problemType: spec.problemType ?? '',
  labelOutput: spec.labelOutput ?? '',
  scoreOutput: spec.scoreOutput ?? '',
  positiveLabel: spec.positiveLabel ?? '',
});

export const qualitySpecRequestOf = (message: QualitySpec__Output): z.input<typeof QualitySpecRequest> => ({
  problemType: unsetIfEmpty(message.problemType) as z.input<typeof QualitySpecRequest>['problemType'],
  labelOutput: unsetIfEmpty(message.labelOutput),
  scoreOutput: unsetIfEmpty(message.scoreOutput),
  positiveLabel: unsetIfEmpty(message.positiveLabel),
});

export function updateVersionRequestOf(message: UpdateModelVersionRequest__Output): z.input<typeof UpdateVersionRequest> {
  const runtime = message.runtime;
  return {
    description: unsetIfNull(message.description),
    tags: message.setTags ? message.tags : undefined,
    approvalStatus: unsetIfNull(message.approvalStatus) as z.input<typeof UpdateVersionRequest>['approvalStatus'],
    runtime: runtime
      ? {
          intraOpNumThreads: unsetIfNull(runtime.intraOpNumThreads),
          interOpNumThreads: unsetIfNull(runtime.interOpNumThreads),
          executionMode: unsetIfNull(runtime.executionMode) as 'sequential' | 'parallel' | undefined,
        }
      : undefined,
    quality: message.quality ? qualitySpecRequestOf(message.quality) : undefined,
  };
}

export function endpointConfigMessage(request: EndpointConfigRequest): CreateEndpointConfigRequest {
  return {
    name: request.name,
    variants: request.variants.map((v) => ({
      ...v,
      version: v.version ?? 0,
      alias: v.alias ?? '',
      shadowSamplingPercent: v.shadowSamplingPercent ?? 0,
    })),
    dataCapture: request.dataCapture ?? null,
    asyncInference: request.asyncInference
      ? {
          outputUri: request.asyncInference.outputUri,
          failureUri: request.asyncInference.failureUri ?? '',
          successTopic: request.asyncInference.notification?.successTopic ?? '',
          errorTopic: request.asyncInference.notification?.errorTopic ?? '',
          webhookUrl: request.asyncInference.notification?.webhookUrl ?? '',
          maxConcurrentInvocationsPerInstance: request.asyncInference.maxConcurrentInvocationsPerInstance,
        }
      : null,
  };
}

export function endpointConfigRequestOf(message: CreateEndpointConfigRequest__Output): z.input<typeof EndpointConfigRequest> {
  return {
    name: message.name,
    variants: message.variants.map((v) => ({
      name: v.name,
      model: v.model,
      version: unsetIfZero(v.version),
      alias: unsetIfEmpty(v.alias),
      instanceCount: unsetIfZero(v.instanceCount),
      weight: v.weight,
      shadowSamplingPercent: unsetIfZero(v.shadowSamplingPercent),
      batching: v.batching
        ? {
            enabled: unsetIfNull(v.batching.enabled),
            maxBatchSize: unsetIfNull(v.batching.maxBatchSize),
            maxQueueDelayMicros: unsetIfNull(v.batching.maxQueueDelayMicros),
            maxQueueSize: unsetIfNull(v.batching.maxQueueSize),
          }
        : undefined,
    })),
    dataCapture: unsetIfNull(message.dataCapture),
    asyncInference: message.asyncInference ? asyncInferenceSettingsOf(message.asyncInference) : undefined,
  };
}

/** The REST shape of an AsyncInference message; empty fields are unset. */
export function asyncInferenceSettingsOf(message: AsyncInference__Output) {
  const notification = {
    successTopic: unsetIfEmpty(message.successTopic),
    errorTopic: unsetIfEmpty(message.errorTopic),
    webhookUrl: unsetIfEmpty(message.webhookUrl),
  };
  return {
    outputUri: message.outputUri,
    failureUri: unsetIfEmpty(message.failureUri),
    notification: Object.values(notification).some((v) => v !== undefined) ? notification : undefined,
    maxConcurrentInvocationsPerInstance: unsetIfZero(message.maxConcurrentInvocationsPerInstance),
  };
}

/** The message flattens the REST shape: one step size and one wait, whichever strategy they belong to. */
export function deploymentOptions(deployment: DeploymentRequest): DeploymentOptions {
  const step =
    deployment.canary ?? (deployment.linear && { percent: deployment.linear.stepPercent, waitSeconds: deployment.linear.waitSeconds });
  return {
    strategy: deployment.strategy,
    stepPercent: step?.percent ?? 0,
    waitSeconds: step?.waitSeconds ?? deployment.waitSeconds ?? 0,
    maxErrorRatePercent: deployment.rollback.maxErrorRatePercent,
    maxP99Ms: deployment.rollback.maxP99Ms,
    minRequests: deployment.rollback.minRequests,
    alarms: deployment.rollback.alarms,
  };
}

export function deploymentRequestOf(options: DeploymentOptions__Output | null): z.input<typeof DeploymentRequest> {
  if (!options) return {};
  const strategy = unsetIfEmpty(options.strategy) as z.input<typeof DeploymentRequest>['strategy'];
  return {
    strategy,
    canary: strategy === 'Canary' ? { percent: options.stepPercent, waitSeconds: options.waitSeconds } : undefined,
    linear: strategy === 'Linear' ? { stepPercent: options.stepPercent, waitSeconds: options.waitSeconds } : undefined,
    waitSeconds: strategy === 'Canary' || strategy === 'Linear' ? undefined : unsetIfZero(options.waitSeconds),
    rollback: {
      maxErrorRatePercent: unsetIfNull(options.maxErrorRatePercent),
      maxP99Ms: unsetIfNull(options.maxP99Ms),
      minRequests: unsetIfZero(options.minRequests),
      alarms: options.alarms,
    },
  };
}

export function variantUpdatesRequestOf(message: UpdateEndpointVariantsRequest__Output): z.input<typeof UpdateVariantsRequest> {
  return {
    variants: message.variants.map((v) => ({ name: v.name, weight: unsetIfNull(v.weight), instanceCount: unsetIfNull(v.instanceCount) })),
  };
}

interface TargetFields {
  endpoint?: string;
  model?: { name: string; version: number };
  instanceCount?: number;
}

function predictionTarget(request: TargetFields): PredictionTarget__Output {
  return request.endpoint
    ? { endpoint: request.endpoint, instanceCount: 0 }
    : { model: { model: request.model!.name, version: request.model!.version }, instanceCount: request.instanceCount ?? 1 };
}

/** The REST shape of a target: {"endpoint": ...} or {"model": {name, version}, "instanceCount": n}. */
function targetFieldsOf(target: PredictionTarget__Output | null): TargetFields {
  if (!target) return {};
  if (target.endpoint) return { endpoint: target.endpoint };
  if (!target.model) return {};
  return { model: { name: target.model.model, version: target.model.version }, instanceCount: unsetIfZero(target.instanceCount) };
}

/** A checked transform job request as the spec that is sent, stored and shown, every default filled in. */
export function transformJobSpec(request: TransformJobRequest): TransformJobSpec__Output {
  return {
    name: request.name,
    target: predictionTarget(request),
    input: request.input,
    output: request.output,
    batchStrategy: request.batchStrategy,
    maxPayloadMb: request.maxPayloadMB,
    maxConcurrentTransforms: request.maxConcurrentTransforms,
    dataProcessing: request.dataProcessing,
    maxFailedRecordsPercent: request.errorPolicy.maxFailedRecordsPercent,
  };
}

type TransformJobInput = z.input<typeof TransformJobRequest>;

export function transformJobRequestOf(spec: TransformJobSpec__Output): TransformJobInput {
  const { input, output, dataProcessing } = spec;
  return {
    name: spec.name,
    ...targetFieldsOf(spec.target),
    input: (input && {
      uri: input.uri,
      contentType: input.contentType,
      splitType: unsetIfEmpty(input.splitType),
      compression: unsetIfEmpty(input.compression),
    }) as TransformJobInput['input'],
    output: (output && {
      uri: output.uri,
      accept: unsetIfEmpty(output.accept),
      assembleWith: unsetIfEmpty(output.assembleWith),
    }) as TransformJobInput['output'],
    batchStrategy: unsetIfEmpty(spec.batchStrategy) as TransformJobInput['batchStrategy'],
    maxPayloadMB: unsetIfZero(spec.maxPayloadMb),
    maxConcurrentTransforms: unsetIfZero(spec.maxConcurrentTransforms),
    dataProcessing: (dataProcessing && {
      inputFilter: unsetIfEmpty(dataProcessing.inputFilter),
      joinSource: unsetIfEmpty(dataProcessing.joinSource),
      outputFilter: unsetIfEmpty(dataProcessing.outputFilter),
    }) as TransformJobInput['dataProcessing'],
    errorPolicy: { maxFailedRecordsPercent: spec.maxFailedRecordsPercent },
  };
}

/** A checked stream job request as the spec that is sent, stored and shown, every default filled in. */
export function streamJobSpec(request: StreamJobRequest): StreamJobSpec__Output {
  return {
    name: request.name,
    target: predictionTarget(request),
    inputTopic: request.inputTopic,
    outputTopic: request.outputTopic,
    deadLetterTopic: request.deadLetterTopic,
    contentType: request.contentType,
    accept: request.accept,
    consumerGroup: request.consumerGroup,
    maxBatchRecords: request.maxBatchRecords,
    maxBatchDelayMs: request.maxBatchDelayMs,
  };
}

type StreamJobInput = z.input<typeof StreamJobRequest>;

export function streamJobRequestOf(spec: StreamJobSpec__Output): StreamJobInput {
  return {
    name: spec.name,
    ...targetFieldsOf(spec.target),
    inputTopic: spec.inputTopic,
    outputTopic: spec.outputTopic,
    deadLetterTopic: unsetIfEmpty(spec.deadLetterTopic),
    contentType: unsetIfEmpty(spec.contentType) as StreamJobInput['contentType'],
    accept: unsetIfEmpty(spec.accept) as StreamJobInput['accept'],
    consumerGroup: unsetIfEmpty(spec.consumerGroup),
    maxBatchRecords: unsetIfZero(spec.maxBatchRecords),
    maxBatchDelayMs: unsetIfZero(spec.maxBatchDelayMs),
  };
}

export function quotaMessage(quota: QuotaLimits | undefined): QuotaLimitsMessage | undefined {
  return quota && { requestsPerSecond: quota.requestsPerSecond, burst: quota.burst, requestsPerDay: quota.requestsPerDay };
}

export function quotaRequestOf(message: QuotaLimitsMessage__Output | null | undefined): z.input<typeof QuotaLimits> | undefined {
  return message
    ? { requestsPerSecond: message.requestsPerSecond, burst: message.burst, requestsPerDay: message.requestsPerDay }
    : undefined;
}

export function createKeyMessage(request: CreateKeyRequest): CreateApiKeyRequest {
  return { ...request, owner: request.owner ?? '', expiresAt: request.expiresAt ?? '', quota: quotaMessage(request.quota) };
}

export function createKeyRequestOf(message: CreateApiKeyRequest__Output): z.input<typeof CreateKeyRequest> {
  return {
    name: message.name,
    owner: unsetIfEmpty(message.owner),
    scopes: message.scopes as z.input<typeof CreateKeyRequest>['scopes'],
    resources: message.resources,
    expiresAt: unsetIfEmpty(message.expiresAt),
    quota: quotaRequestOf(message.quota),
  };
}

/** The schema's input from an AsyncInvocationRequest message: empty and zero fields take their defaults. */
export function asyncInvocationRequestOf(message: AsyncInvocationRequest__Output): z.input<typeof AsyncInvocationRequestSchema> {
  return {
    endpoint: message.endpoint,
    inputLocation: message.inputLocation,
    contentType: unsetIfEmpty(message.contentType),
    accept: unsetIfEmpty(message.accept),
    customAttributes: unsetIfEmpty(message.customAttributes),
    inferenceId: unsetIfEmpty(message.inferenceId),
    requestTtlSeconds: unsetIfZero(message.requestTtlSeconds),
    invocationTimeoutSeconds: unsetIfZero(message.invocationTimeoutSeconds),
    outputPathExtension: unsetIfEmpty(message.outputPathExtension),
    filename: unsetIfEmpty(message.filename),
  };
}

export function baselineJobSpec(request: BaselineJobRequest): BaselineJobSpec__Output {
  return {
    name: request.name,
    dataset: request.dataset,
    contentType: request.contentType,
    header: request.header,
    output: request.output ?? '',
    model: request.model ? { model: request.model.name, version: request.model.version } : null,
  };
}

export function baselineJobRequestOf(spec: BaselineJobSpec__Output): z.input<typeof BaselineJobRequest> {
  return {
    name: spec.name,
    dataset: spec.dataset,
    contentType: unsetIfEmpty(spec.contentType) as z.input<typeof BaselineJobRequest>['contentType'],
    header: spec.header,
    output: unsetIfEmpty(spec.output),
    model: spec.model ? { name: spec.model.model, version: spec.model.version } : undefined,
  };
}

export function monitoringScheduleSpec(request: MonitoringScheduleRequest): MonitoringScheduleSpec__Output {
  return { ...request, output: request.output ?? '' };
}

export function monitoringScheduleRequestOf(spec: MonitoringScheduleSpec__Output): z.input<typeof MonitoringScheduleRequest> {
  const t = spec.thresholds;
  return {
    name: spec.name,
    endpoint: spec.endpoint,
    baseline: spec.baseline,
    schedule: spec.schedule,
    thresholds: t
      ? {
          method: unsetIfEmpty(t.method) as z.input<typeof DriftThresholds>['method'],
          drift: unsetIfZero(t.drift),
          completeness: t.completeness,
          dataType: t.dataType,
          domainContent: t.domainContent,
        }
      : undefined,
    output: unsetIfEmpty(spec.output),
  };
}

export function alertRuleSpec(request: AlertRuleRequest): AlertRuleSpec__Output {
  return {
    name: request.name,
    endpoint: request.endpoint ?? '',
    streamJob: request.streamJob ?? '',
    variant: request.variant ?? '',
    metric: request.metric,
    comparison: request.comparison,
    threshold: request.threshold,
    windowSeconds: request.window,
    webhookUrl: request.webhook.url,
    webhookSecret: request.webhook.secret ?? '',
  };
}

export function alertRuleRequestOf(spec: AlertRuleSpec__Output): z.input<typeof AlertRuleRequest> {
  return {
    name: spec.name,
    endpoint: unsetIfEmpty(spec.endpoint),
    streamJob: unsetIfEmpty(spec.streamJob),
    variant: unsetIfEmpty(spec.variant),
    metric: spec.metric as z.input<typeof AlertRuleRequest>['metric'],
    comparison: spec.comparison as z.input<typeof AlertRuleRequest>['comparison'],
    threshold: spec.threshold,
    window: `${spec.windowSeconds}s`,
    webhook: { url: spec.webhookUrl, secret: unsetIfEmpty(spec.webhookSecret) },
  };
}

export function trainingJobSpec(request: Omit<TrainingJobRequest, 'name'> & { name?: string }): TrainingJobSpec__Output {
  const { algorithm, modelRegistration } = request;
  return {
    name: request.name ?? '',
    algorithm: { image: algorithm.image ?? '', command: algorithm.command ?? [], sourceUri: algorithm.sourceUri ?? '' },
    hyperParameters: request.hyperParameters,
    inputDataConfig: request.inputDataConfig.map((c) => ({ ...c, contentType: c.contentType ?? '' })),
    s3OutputPath: request.outputDataConfig.s3OutputPath,
    instanceCount: request.resourceConfig.instanceCount,
    volumeSizeGb: request.resourceConfig.volumeSizeGB ?? 0,
    maxRuntimeSeconds: request.stoppingCondition.maxRuntimeSeconds,
    metricDefinitions: request.metricDefinitions,
    checkpointS3Uri: request.checkpointConfig?.s3Uri ?? '',
    environment: request.environment,
    modelRegistration: modelRegistration
      ? { model: modelRegistration.model, description: modelRegistration.description ?? '', tags: modelRegistration.tags ?? {} }
      : null,
  };
}

type TrainingJobInput = z.input<typeof TrainingJobRequest>;

export function trainingJobRequestOf(spec: TrainingJobSpec__Output): TrainingJobInput {
  const { algorithm, modelRegistration } = spec;
  return {
    name: spec.name,
    algorithm: {
      image: unsetIfEmpty(algorithm?.image),
      command: algorithm?.command.length ? algorithm.command : undefined,
      sourceUri: unsetIfEmpty(algorithm?.sourceUri),
    },
    hyperParameters: spec.hyperParameters,
    inputDataConfig: spec.inputDataConfig.map((c) => ({
      channelName: c.channelName,
      s3Uri: c.s3Uri,
      contentType: unsetIfEmpty(c.contentType),
      inputMode: (unsetIfEmpty(c.inputMode) ?? 'File') as 'File',
    })),
    outputDataConfig: { s3OutputPath: spec.s3OutputPath },
    resourceConfig: { instanceCount: unsetIfZero(spec.instanceCount), volumeSizeGB: unsetIfZero(spec.volumeSizeGb) },
    stoppingCondition: { maxRuntimeSeconds: unsetIfZero(spec.maxRuntimeSeconds) },
    metricDefinitions: spec.metricDefinitions,
    checkpointConfig: spec.checkpointS3Uri ? { s3Uri: spec.checkpointS3Uri } : undefined,
    environment: spec.environment,
    modelRegistration: modelRegistration
      ? {
          model: modelRegistration.model,
          description: unsetIfEmpty(modelRegistration.description),
          tags: Object.keys(modelRegistration.tags).length ? modelRegistration.tags : undefined,
        }
      : undefined,
  };
}

export function tuningJobSpec(request: TuningJobRequest): TuningJobSpec__Output {
  const { parameterRanges, resourceLimits, hyperband, warmStart } = request;
  return {
    name: request.name,
    strategy: request.strategy,
    objective: request.objective,
    integerRanges: parameterRanges.integer,
    continuousRanges: parameterRanges.continuous,
    categoricalRanges: parameterRanges.categorical,
    maxTrainingJobs: resourceLimits.maxNumberOfTrainingJobs ?? 0,
    maxParallelTrainingJobs: resourceLimits.maxParallelTrainingJobs,
    earlyStopping: request.earlyStopping,
    hyperbandMinResource: request.strategy === 'Hyperband' ? (hyperband?.minResource ?? 1) : 0,
    hyperbandMaxResource: hyperband?.maxResource ?? 0,
    trainingJobDefinition: trainingJobSpec(request.trainingJobDefinition),
    warmStartParents: warmStart?.parentTuningJobs ?? [],
    warmStartType: warmStart?.type ?? '',
    randomSeed: request.randomSeed ?? 0,
  };
}

export function tuningJobRequestOf(spec: TuningJobSpec__Output): z.input<typeof TuningJobRequest> {
  // The definition is a training job without its name.
  const definition: Omit<TrainingJobInput, 'name'> & { name?: string } = trainingJobRequestOf(spec.trainingJobDefinition!);
  delete definition.name;
  return {
    name: spec.name,
    strategy: spec.strategy as TuningJobRequest['strategy'],
    objective: { metricName: spec.objective!.metricName, type: spec.objective!.type as 'Maximize' | 'Minimize' },
    parameterRanges: {
      integer: spec.integerRanges.map((r) => ({ ...r, scaling: r.scaling as 'Auto' })),
      continuous: spec.continuousRanges.map((r) => ({ ...r, scaling: r.scaling as 'Auto' })),
      categorical: spec.categoricalRanges,
    },
    resourceLimits: {
      maxNumberOfTrainingJobs: unsetIfZero(spec.maxTrainingJobs),
      maxParallelTrainingJobs: spec.maxParallelTrainingJobs,
    },
    earlyStopping: spec.earlyStopping as 'Off' | 'Auto',
    hyperband:
      spec.strategy === 'Hyperband'
        ? { minResource: spec.hyperbandMinResource, maxResource: unsetIfZero(spec.hyperbandMaxResource) }
        : undefined,
    trainingJobDefinition: definition,
    warmStart: spec.warmStartParents.length
      ? { parentTuningJobs: spec.warmStartParents, type: spec.warmStartType as 'IdenticalDataAndAlgorithm' }
      : undefined,
    randomSeed: unsetIfZero(spec.randomSeed),
  };
}

export function trainingLineageOf(message: TrainingLineage__Output): z.input<typeof TrainingLineage> {
  return {
    trainingJob: message.trainingJob,
    hyperParameters: message.hyperParameters,
    finalMetrics: message.finalMetrics,
    inputDataUris: message.inputDataUris,
    image: unsetIfEmpty(message.image),
    command: message.command.length ? message.command : undefined,
    sourceUri: unsetIfEmpty(message.sourceUri),
    modelArtifacts: message.modelArtifacts,
  };
}

export const trainingLineageMessage = (lineage: TrainingLineage): TrainingLineage__Output => ({
  ...lineage,
  image: lineage.image ?? '',
  command: lineage.command ?? [],
  sourceUri: lineage.sourceUri ?? '',
});
