import { AppError } from '@modelserve/common';
import {
  trainingJobRequestOf,
  trainingJobSpec,
  tuningJobRequestOf,
  tuningJobSpec,
  type TrainingJob__Output,
  type TrainingJobSpec__Output,
  type TuningJob__Output,
  type TuningTrainingJob__Output,
} from '@modelserve/contracts';
import { parseRequest, resourceName, TrainingJobRequest, TuningJobRequest, tuningJobName } from '@modelserve/schemas';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { BatchConnection, type Caller } from '../connections/service-connections';
import {
  Arns,
  epochSeconds,
  listInput,
  orExisting,
  orMissing,
  page,
  pageOfJobs,
  parseInput,
  SageMakerFieldsStore,
  without,
  type Operation,
} from './sagemaker-support';

const S3Channel = z.looseObject({
  ChannelName: z.string(),
  DataSource: z.looseObject({
    S3DataSource: z.looseObject({ S3DataType: z.enum(['S3Prefix', 'ManifestFile', 'AugmentedManifestFile']), S3Uri: z.string().max(1024) }),
  }),
  ContentType: z.string().max(256).optional(),
  CompressionType: z.enum(['None', 'Gzip']).optional(),
  InputMode: z.enum(['File', 'Pipe', 'FastFile']).optional(),
});

/** What CreateTrainingJob and a tuning job's TrainingJobDefinition share. */
const definitionFields = {
  AlgorithmSpecification: z.looseObject({
    TrainingImage: z.string().max(255).optional(),
    TrainingInputMode: z.enum(['File', 'Pipe', 'FastFile']).optional(),
    MetricDefinitions: z.array(z.looseObject({ Name: z.string(), Regex: z.string() })).optional(),
    ContainerEntrypoint: z.array(z.string()).max(100).optional(),
    ContainerArguments: z.array(z.string()).max(100).optional(),
  }),
  InputDataConfig: z.array(S3Channel).optional(),
  OutputDataConfig: z.looseObject({ S3OutputPath: z.string().max(1024) }),
  ResourceConfig: z
    .looseObject({
      InstanceCount: z.number().int().optional(),
      VolumeSizeInGB: z.number().int().optional(),
      InstanceType: z.string().optional(),
    })
    .optional(),
  StoppingCondition: z.looseObject({ MaxRuntimeInSeconds: z.number().int().optional() }).optional(),
  CheckpointConfig: z.looseObject({ S3Uri: z.string().max(1024) }).optional(),
  Environment: z.record(z.string(), z.string()).optional(),
};

const CreateTrainingInput = z.looseObject({
  TrainingJobName: resourceName,
  HyperParameters: z.record(z.string(), z.string()).optional(),
  ...definitionFields,
});
type Definition = z.output<z.ZodObject<typeof definitionFields>>;

const TrainingNameInput = z.looseObject({ TrainingJobName: resourceName });

const numberText = z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'a number, as a string');
const scalingType = z.enum(['Auto', 'Linear', 'Logarithmic', 'ReverseLogarithmic']).optional();
const CreateTuningInput = z.looseObject({
  HyperParameterTuningJobName: tuningJobName,
  HyperParameterTuningJobConfig: z.looseObject({
    Strategy: z.enum(['Bayesian', 'Random', 'Grid', 'Hyperband']).optional(),
    HyperParameterTuningJobObjective: z.looseObject({ Type: z.enum(['Maximize', 'Minimize']), MetricName: z.string() }).optional(),
    ResourceLimits: z.looseObject({
      MaxNumberOfTrainingJobs: z.number().int().optional(),
      MaxParallelTrainingJobs: z.number().int(),
    }),
    ParameterRanges: z
      .looseObject({
        IntegerParameterRanges: z
          .array(z.looseObject({ Name: z.string(), MinValue: numberText, MaxValue: numberText, ScalingType: scalingType }))
          .optional(),
        ContinuousParameterRanges: z
          .array(z.looseObject({ Name: z.string(), MinValue: numberText, MaxValue: numberText, ScalingType: scalingType }))
          .optional(),
        CategoricalParameterRanges: z.array(z.looseObject({ Name: z.string(), Values: z.array(z.string()) })).optional(),
      })
      .optional(),
    TrainingJobEarlyStoppingType: z.enum(['Off', 'Auto']).optional(),
    RandomSeed: z.number().int().optional(),
    StrategyConfig: z
      .looseObject({
        HyperbandStrategyConfig: z
          .looseObject({ MinResource: z.number().int().optional(), MaxResource: z.number().int().optional() })
          .optional(),
      })
      .optional(),
  }),
  TrainingJobDefinition: z.looseObject({ StaticHyperParameters: z.record(z.string(), z.string()).optional(), ...definitionFields }),
  WarmStartConfig: z
    .looseObject({
      ParentHyperParameterTuningJobs: z.array(z.looseObject({ HyperParameterTuningJobName: tuningJobName })),
      WarmStartType: z.string(),
    })
    .optional(),
});
const TuningNameInput = z.looseObject({ HyperParameterTuningJobName: tuningJobName });

/**
 * SageMaker's training and hyperparameter tuning jobs on the platform's. A training image runs in a
 * container where the batch service has a Docker engine; without TrainingImage, ContainerEntrypoint
 * (with ContainerArguments) runs as a process. A SageMaker Python SDK script-mode job (its
 * sagemaker_program and sagemaker_submit_directory hyperparameters) runs its program with
 * /usr/bin/python3 from its source directory.
 */
@Injectable()
export class SageMakerTrainingJobs {
  constructor(
    private readonly batch: BatchConnection,
    private readonly fields: SageMakerFieldsStore,
    private readonly arns: Arns,
  ) {}

  operations(): Record<string, Operation> {
    return {
      CreateTrainingJob: (input, caller) => this.createTraining(input, caller),
      DescribeTrainingJob: (input, caller) => this.describeTraining(input, caller),
      ListTrainingJobs: (input, caller) => this.listTraining(input, caller),
      StopTrainingJob: async (input, caller) => {
        const { TrainingJobName: name } = parseInput(TrainingNameInput, input);
        await this.missingTraining(this.batch.call('StopTrainingJob', { name }, caller), name);
        return {};
      },
      CreateHyperParameterTuningJob: (input, caller) => this.createTuning(input, caller),
      DescribeHyperParameterTuningJob: (input, caller) => this.describeTuning(input, caller),
      ListHyperParameterTuningJobs: (input, caller) => this.listTuning(input, caller),
      ListTrainingJobsForHyperParameterTuningJob: (input, caller) => this.listTuningTrainingJobs(input, caller),
      StopHyperParameterTuningJob: async (input, caller) => {
        const { HyperParameterTuningJobName: name } = parseInput(TuningNameInput, input);
        await this.missing(this.batch.call('StopTuningJob', { name }, caller), `Amazon SageMaker can't find a tuning job named ${name}`);
        return {};
      },
    };
  }

  private async createTraining(input: unknown, caller: Caller) {
    const request = parseInput(CreateTrainingInput, input);
    const job = parseRequest(
      TrainingJobRequest,
      { name: request.TrainingJobName, ...definitionOf(request, request.HyperParameters ?? {}) },
      'input',
    );
    const created = await orExisting(
      this.batch.call('CreateTrainingJob', trainingJobSpec(job), caller),
      `Training job names must be unique within an AWS account and region, and a training job with this name already exists (${this.arns.of('training-job', job.name)})`,
    );
    await this.fields.save('training-job', job.name, created.createdAt, without(input, 'TrainingJobName', 'HyperParameters'), caller);
    return { TrainingJobArn: this.arns.of('training-job', job.name) };
  }

  private async describeTraining(input: unknown, caller: Caller) {
    const { TrainingJobName: name } = parseInput(TrainingNameInput, input);
    const job = await this.missingTraining(this.batch.call('GetTrainingJob', { name }, caller), name);
    const kept = await this.fields.loadOne('training-job', name, job.createdAt, caller);
    const spec = job.spec!;
    return {
      ...kept,
      TrainingJobName: spec.name,
      TrainingJobArn: this.arns.of('training-job', spec.name),
      ...(job.tuningJob ? { TuningJobArn: this.arns.of('hyper-parameter-tuning-job', job.tuningJob) } : {}),
      ...(job.modelArtifacts ? { ModelArtifacts: { S3ModelArtifacts: job.modelArtifacts } } : {}),
      TrainingJobStatus: job.status,
      SecondaryStatus: job.secondaryStatus,
      ...(job.failureReason ? { FailureReason: job.failureReason } : {}),
      HyperParameters: spec.hyperParameters,
      ...definitionView(spec, kept),
      CreationTime: epochSeconds(job.createdAt),
      ...(job.trainingStartTime ? { TrainingStartTime: epochSeconds(job.trainingStartTime) } : {}),
      ...(job.trainingEndTime ? { TrainingEndTime: epochSeconds(job.trainingEndTime) } : {}),
      SecondaryStatusTransitions: job.secondaryStatusTransitions.map((t) => ({
        Status: t.status,
        StartTime: epochSeconds(t.startTime),
        ...(t.endTime ? { EndTime: epochSeconds(t.endTime) } : {}),
        StatusMessage: t.statusMessage,
      })),
      FinalMetricDataList: job.finalMetricDataList.map((m) => ({
        MetricName: m.metricName,
        Value: m.value,
        Timestamp: epochSeconds(m.timestamp),
      })),
      BillableTimeInSeconds: Number(job.billableSeconds),
      TrainingTimeInSeconds: Number(job.billableSeconds) / Math.max(1, spec.instanceCount),
    };
  }

  private async listTraining(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject(listInput), input);
    const { jobs, NextToken } = pageOfJobs((await this.batch.call('ListTrainingJobs', {}, caller)).jobs, request);
    return { TrainingJobSummaries: jobs.map((job) => this.trainingSummary(job)), ...(NextToken ? { NextToken } : {}) };
  }

  private trainingSummary(job: TrainingJob__Output) {
    return {
      TrainingJobName: job.spec!.name,
      TrainingJobArn: this.arns.of('training-job', job.spec!.name),
      CreationTime: epochSeconds(job.createdAt),
      ...(job.trainingEndTime ? { TrainingEndTime: epochSeconds(job.trainingEndTime) } : {}),
      TrainingJobStatus: job.status,
      SecondaryStatus: job.secondaryStatus,
    };
  }

  private async createTuning(input: unknown, caller: Caller) {
    const request = parseInput(CreateTuningInput, input);
    const config = request.HyperParameterTuningJobConfig;
    const ranges = config.ParameterRanges ?? {};
    const hyperband = config.StrategyConfig?.HyperbandStrategyConfig;
    const definition = request.TrainingJobDefinition;
    const job = parseRequest(
      TuningJobRequest,
      {
        name: request.HyperParameterTuningJobName,
        strategy: config.Strategy,
        objective: config.HyperParameterTuningJobObjective && {
          metricName: config.HyperParameterTuningJobObjective.MetricName,
          type: config.HyperParameterTuningJobObjective.Type,
        },
        parameterRanges: {
          integer: ranges.IntegerParameterRanges?.map((r) => ({
            name: r.Name,
            min: Number(r.MinValue),
            max: Number(r.MaxValue),
            scaling: r.ScalingType,
          })),
          continuous: ranges.ContinuousParameterRanges?.map((r) => ({
            name: r.Name,
            min: Number(r.MinValue),
            max: Number(r.MaxValue),
            scaling: r.ScalingType,
          })),
          categorical: ranges.CategoricalParameterRanges?.map((r) => ({ name: r.Name, values: r.Values })),
        },
        resourceLimits: {
          maxNumberOfTrainingJobs: config.ResourceLimits.MaxNumberOfTrainingJobs,
          maxParallelTrainingJobs: config.ResourceLimits.MaxParallelTrainingJobs,
        },
        earlyStopping: config.TrainingJobEarlyStoppingType,
        hyperband: hyperband && { minResource: hyperband.MinResource, maxResource: hyperband.MaxResource },
        trainingJobDefinition: definitionOf(definition, definition.StaticHyperParameters ?? {}),
        warmStart: request.WarmStartConfig && {
          parentTuningJobs: request.WarmStartConfig.ParentHyperParameterTuningJobs.map((p) => p.HyperParameterTuningJobName),
          type: request.WarmStartConfig.WarmStartType,
        },
        randomSeed: config.RandomSeed,
      },
      'input',
    );
    const created = await orExisting(
      this.batch.call('CreateTuningJob', tuningJobSpec(job), caller),
      `Cannot create an already existing hyperparameter tuning job ${this.arns.of('hyper-parameter-tuning-job', job.name)}`,
    );
    await this.fields.save(
      'hyper-parameter-tuning-job',
      job.name,
      created.createdAt,
      without(input, 'HyperParameterTuningJobName'),
      caller,
    );
    return { HyperParameterTuningJobArn: this.arns.of('hyper-parameter-tuning-job', job.name) };
  }

  private async describeTuning(input: unknown, caller: Caller) {
    const { HyperParameterTuningJobName: name } = parseInput(TuningNameInput, input);
    const job = await this.missing(
      this.batch.call('GetTuningJob', { name }, caller),
      `Amazon SageMaker can't find a tuning job named ${name}`,
    );
    const kept = await this.fields.loadOne('hyper-parameter-tuning-job', name, job.createdAt, caller);
    const request = tuningJobRequestOf(job.spec!);
    const keptConfig = (kept.HyperParameterTuningJobConfig ?? {}) as Record<string, unknown>;
    const keptDefinition = (kept.TrainingJobDefinition ?? {}) as Record<string, unknown>;
    const definition = job.spec!.trainingJobDefinition!;
    return {
      ...kept,
      HyperParameterTuningJobName: name,
      HyperParameterTuningJobArn: this.arns.of('hyper-parameter-tuning-job', name),
      HyperParameterTuningJobConfig: {
        ...keptConfig,
        Strategy: request.strategy,
        HyperParameterTuningJobObjective: { Type: request.objective.type, MetricName: request.objective.metricName },
        ResourceLimits: {
          MaxNumberOfTrainingJobs: request.resourceLimits?.maxNumberOfTrainingJobs,
          MaxParallelTrainingJobs: request.resourceLimits?.maxParallelTrainingJobs,
        },
        ParameterRanges: {
          IntegerParameterRanges: job.spec!.integerRanges.map((r) => ({
            Name: r.name,
            MinValue: String(r.min),
            MaxValue: String(r.max),
            ScalingType: r.scaling,
          })),
          ContinuousParameterRanges: job.spec!.continuousRanges.map((r) => ({
            Name: r.name,
            MinValue: String(r.min),
            MaxValue: String(r.max),
            ScalingType: r.scaling,
          })),
          CategoricalParameterRanges: job.spec!.categoricalRanges.map((r) => ({ Name: r.name, Values: r.values })),
        },
        TrainingJobEarlyStoppingType: request.earlyStopping,
        RandomSeed: job.spec!.randomSeed,
      },
      TrainingJobDefinition: {
        ...keptDefinition,
        StaticHyperParameters: definition.hyperParameters,
        ...definitionView(definition, keptDefinition),
      },
      HyperParameterTuningJobStatus: job.status,
      CreationTime: epochSeconds(job.createdAt),
      ...(job.endedAt ? { HyperParameterTuningEndTime: epochSeconds(job.endedAt), LastModifiedTime: epochSeconds(job.endedAt) } : {}),
      TrainingJobStatusCounters: statusCounters(job),
      ObjectiveStatusCounters: job.objectiveStatusCounters,
      ...(job.bestTrainingJob ? { BestTrainingJob: this.tuningSummary(job.spec!.objective!, job.bestTrainingJob) } : {}),
      ...(job.overallBestTrainingJob
        ? { OverallBestTrainingJob: this.tuningSummary(job.spec!.objective!, job.overallBestTrainingJob) }
        : {}),
      ...(job.failureReason ? { FailureReason: job.failureReason } : {}),
    };
  }

  private async listTuning(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject(listInput), input);
    const { jobs, NextToken } = pageOfJobs((await this.batch.call('ListTuningJobs', {}, caller)).jobs, request);
    return { HyperParameterTuningJobSummaries: jobs.map((job) => this.tuningJobSummary(job)), ...(NextToken ? { NextToken } : {}) };
  }

  private tuningJobSummary(job: TuningJob__Output) {
    return {
      HyperParameterTuningJobName: job.spec!.name,
      HyperParameterTuningJobArn: this.arns.of('hyper-parameter-tuning-job', job.spec!.name),
      HyperParameterTuningJobStatus: job.status,
      Strategy: job.spec!.strategy,
      CreationTime: epochSeconds(job.createdAt),
      ...(job.endedAt ? { HyperParameterTuningEndTime: epochSeconds(job.endedAt) } : {}),
      TrainingJobStatusCounters: statusCounters(job),
      ObjectiveStatusCounters: job.objectiveStatusCounters,
      ResourceLimits: {
        ...(job.spec!.maxTrainingJobs ? { MaxNumberOfTrainingJobs: job.spec!.maxTrainingJobs } : {}),
        MaxParallelTrainingJobs: job.spec!.maxParallelTrainingJobs,
      },
    };
  }

  private async listTuningTrainingJobs(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject({ ...listInput, HyperParameterTuningJobName: tuningJobName }), input);
    const name = request.HyperParameterTuningJobName;
    const job = await this.missing(
      this.batch.call('GetTuningJob', { name }, caller),
      `Amazon SageMaker can't find a tuning job named ${name}`,
    );
    const { items, NextToken } = page(
      job.trainingJobs.map((child) => ({ name: child.name, createdAt: epochSeconds(child.createdAt)!, status: child.status, child })),
      request,
    );
    return {
      TrainingJobSummaries: items.map(({ child }) => this.tuningSummary(job.spec!.objective!, child)),
      ...(NextToken ? { NextToken } : {}),
    };
  }

  /** A training job of a tuning job, as HyperParameterTrainingJobSummary shows it. */
  private tuningSummary(objective: { metricName: string; type: string }, child: TuningTrainingJob__Output) {
    return {
      TrainingJobName: child.name,
      TrainingJobArn: this.arns.of('training-job', child.name),
      TuningJobName: child.tuningJob,
      CreationTime: epochSeconds(child.createdAt),
      ...(child.endedAt ? { TrainingEndTime: epochSeconds(child.endedAt) } : {}),
      TrainingJobStatus: child.status,
      TunedHyperParameters: child.tunedHyperParameters,
      ...(child.failureReason ? { FailureReason: child.failureReason } : {}),
      ...(child.hasObjective
        ? {
            FinalHyperParameterTuningJobObjectiveMetric: {
              Type: objective.type,
              MetricName: objective.metricName,
              Value: child.objectiveValue,
            },
          }
        : {}),
      ObjectiveStatus: child.objectiveStatus,
    };
  }

  /** SageMaker answers a missing training job with a ValidationException, a missing tuning job with ResourceNotFound. */
  private missingTraining<T>(work: Promise<T>, name: string): Promise<T> {
    return orMissing(work, 'ValidationException', `Requested resource not found: training job ${name}`);
  }

  private missing<T>(work: Promise<T>, message: string): Promise<T> {
    return orMissing(work, 'ResourceNotFound', message);
  }
}

/** TrainingJobStatusCounters: failed training jobs are NonRetryableError (none is retried). */
function statusCounters(job: TuningJob__Output) {
  const counters = job.trainingJobStatusCounters;
  return {
    Completed: counters.Completed ?? 0,
    InProgress: counters.InProgress ?? 0,
    RetryableError: 0,
    NonRetryableError: counters.Failed ?? 0,
    Stopped: counters.Stopped ?? 0,
  };
}

/**
 * The platform's training job fields from SageMaker's. Script mode (the SageMaker Python SDK's
 * sagemaker_program and sagemaker_submit_directory hyperparameters, JSON-encoded strings) becomes a
 * command and a code source.
 */
function definitionOf(input: Definition, hyperParameters: Record<string, string>) {
  const algorithm = input.AlgorithmSpecification;
  for (const channel of input.InputDataConfig ?? []) {
    if (channel.DataSource.S3DataSource.S3DataType !== 'S3Prefix') {
      throw new AppError('InvalidRequest', `channel ${channel.ChannelName}: S3DataType must be S3Prefix: manifests are not supported`);
    }
    if (channel.CompressionType === 'Gzip')
      throw new AppError('InvalidRequest', `channel ${channel.ChannelName}: CompressionType Gzip is not supported`);
  }
  const decoded = (value: string | undefined) => {
    if (value === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'string' ? parsed : value;
    } catch {
      return value;
    }
  };
  const program = decoded(hyperParameters.sagemaker_program);
  const entrypoint = [...(algorithm.ContainerEntrypoint ?? []), ...(algorithm.ContainerArguments ?? [])];
  const command = entrypoint.length ? entrypoint : program && !algorithm.TrainingImage ? ['/usr/bin/python3', program] : undefined;
  return {
    algorithm: { image: algorithm.TrainingImage || undefined, command, sourceUri: decoded(hyperParameters.sagemaker_submit_directory) },
    hyperParameters,
    inputDataConfig: input.InputDataConfig?.map((c) => ({
      channelName: c.ChannelName,
      s3Uri: c.DataSource.S3DataSource.S3Uri,
      contentType: c.ContentType,
      inputMode: c.InputMode,
    })),
    outputDataConfig: { s3OutputPath: input.OutputDataConfig.S3OutputPath },
    resourceConfig: { instanceCount: input.ResourceConfig?.InstanceCount, volumeSizeGB: input.ResourceConfig?.VolumeSizeInGB },
    stoppingCondition: { maxRuntimeSeconds: input.StoppingCondition?.MaxRuntimeInSeconds },
    metricDefinitions: algorithm.MetricDefinitions?.map((m) => ({ name: m.Name, regex: m.Regex })),
    checkpointConfig: input.CheckpointConfig && { s3Uri: input.CheckpointConfig.S3Uri },
    environment: input.Environment,
  };
}

/** SageMaker's fields of a training job's settings, over what the caller sent and the platform keeps. */
function definitionView(spec: TrainingJobSpec__Output, kept: Record<string, unknown>) {
  const request = trainingJobRequestOf(spec);
  const keptAlgorithm = (kept.AlgorithmSpecification ?? {}) as Record<string, unknown>;
  return {
    AlgorithmSpecification: {
      ...keptAlgorithm,
      ...(request.algorithm.image ? { TrainingImage: request.algorithm.image } : {}),
      TrainingInputMode: 'File',
      MetricDefinitions: spec.metricDefinitions.map((m) => ({ Name: m.name, Regex: m.regex })),
    },
    InputDataConfig: spec.inputDataConfig.map((c) => ({
      ChannelName: c.channelName,
      DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: c.s3Uri, S3DataDistributionType: 'FullyReplicated' } },
      ...(c.contentType ? { ContentType: c.contentType } : {}),
      CompressionType: 'None',
      InputMode: 'File',
    })),
    OutputDataConfig: { ...(kept.OutputDataConfig as object | undefined), S3OutputPath: spec.s3OutputPath },
    ResourceConfig: {
      ...(kept.ResourceConfig as object | undefined),
      InstanceCount: spec.instanceCount,
      ...(spec.volumeSizeGb ? { VolumeSizeInGB: spec.volumeSizeGb } : {}),
    },
    StoppingCondition: { ...(kept.StoppingCondition as object | undefined), MaxRuntimeInSeconds: spec.maxRuntimeSeconds },
    ...(spec.checkpointS3Uri
      ? { CheckpointConfig: { ...(kept.CheckpointConfig as object | undefined), S3Uri: spec.checkpointS3Uri } }
      : {}),
    Environment: spec.environment,
  };
}
