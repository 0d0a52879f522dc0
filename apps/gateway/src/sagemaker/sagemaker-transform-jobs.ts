import { AppError } from '@modelserve/common';
import { transformJobSpec, type TransformJob__Output } from '@modelserve/contracts';
import { parseRequest, resourceName, TransformJobRequest } from '@modelserve/schemas';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { BatchConnection, type Caller } from '../connections/service-connections';
import { SageMakerModels } from './sagemaker-models';
import {
  Arns,
  epochSeconds,
  listInput,
  orExisting,
  orMissing,
  pageOfJobs,
  parseInput,
  SageMakerFieldsStore,
  without,
  type Operation,
} from './sagemaker-support';

const CreateInput = z.looseObject({
  TransformJobName: resourceName,
  ModelName: resourceName,
  TransformInput: z.looseObject({
    DataSource: z.looseObject({
      S3DataSource: z.looseObject({
        S3DataType: z.enum(['S3Prefix', 'ManifestFile', 'AugmentedManifestFile']),
        S3Uri: z.string().max(1024),
      }),
    }),
    ContentType: z.string().max(256).optional(),
    CompressionType: z.enum(['None', 'Gzip']).optional(),
    SplitType: z.enum(['None', 'Line', 'RecordIO', 'TFRecord']).optional(),
  }),
  TransformOutput: z.looseObject({
    S3OutputPath: z.string().max(1024),
    Accept: z.string().max(256).optional(),
    AssembleWith: z.enum(['None', 'Line']).optional(),
  }),
  TransformResources: z.looseObject({ InstanceCount: z.number().int().min(1).optional() }).optional(),
  BatchStrategy: z.enum(['MultiRecord', 'SingleRecord']).optional(),
  MaxPayloadInMB: z.number().int().min(0).optional(),
  MaxConcurrentTransforms: z.number().int().min(0).optional(),
  DataProcessing: z
    .looseObject({
      InputFilter: z.string().optional(),
      OutputFilter: z.string().optional(),
      JoinSource: z.enum(['None', 'Input']).optional(),
    })
    .optional(),
});
const NameInput = z.looseObject({ TransformJobName: resourceName });

/**
 * SageMaker's transform jobs on the platform's. The job runs the model's newest version on workers
 * placed for it; SplitType and AssembleWith default to None, as SageMaker's do.
 */
@Injectable()
export class SageMakerTransformJobs {
  constructor(
    private readonly batch: BatchConnection,
    private readonly models: SageMakerModels,
    private readonly fields: SageMakerFieldsStore,
    private readonly arns: Arns,
  ) {}

  operations(): Record<string, Operation> {
    return {
      CreateTransformJob: (input, caller) => this.create(input, caller),
      DescribeTransformJob: (input, caller) => this.describe(input, caller),
      ListTransformJobs: (input, caller) => this.list(input, caller),
      StopTransformJob: async (input, caller) => {
        const { TransformJobName: name } = parseInput(NameInput, input);
        await this.missing(this.batch.call('StopTransformJob', { name }, caller), name);
        return {};
      },
    };
  }

  private async create(input: unknown, caller: Caller) {
    const request = parseInput(CreateInput, input);
    const source = request.TransformInput.DataSource.S3DataSource;
    if (source.S3DataType !== 'S3Prefix') throw new AppError('InvalidRequest', 'S3DataType must be S3Prefix: manifests are not supported');
    const split = request.TransformInput.SplitType ?? 'None';
    if (split !== 'None' && split !== 'Line') throw new AppError('InvalidRequest', `SplitType ${split} is not supported; use None or Line`);
    if (!request.TransformInput.ContentType) {
      throw new AppError('InvalidRequest', 'TransformInput.ContentType is required: text/csv, application/json or application/jsonlines');
    }
    const job = parseRequest(
      TransformJobRequest,
      {
        name: request.TransformJobName,
        model: { name: request.ModelName, version: await this.models.latestVersion(request.ModelName, caller) },
        instanceCount: request.TransformResources?.InstanceCount,
        input: {
          uri: source.S3Uri,
          contentType: request.TransformInput.ContentType,
          splitType: split,
          compression: request.TransformInput.CompressionType ?? 'None',
        },
        output: {
          uri: request.TransformOutput.S3OutputPath,
          accept: request.TransformOutput.Accept,
          assembleWith: request.TransformOutput.AssembleWith ?? 'None',
        },
        batchStrategy: request.BatchStrategy,
        // 0 means "the default" in SageMaker's fields.
        maxPayloadMB: request.MaxPayloadInMB || undefined,
        maxConcurrentTransforms: request.MaxConcurrentTransforms || undefined,
        dataProcessing: request.DataProcessing && {
          inputFilter: request.DataProcessing.InputFilter,
          outputFilter: request.DataProcessing.OutputFilter,
          joinSource: request.DataProcessing.JoinSource,
        },
      },
      'input',
    );
    const created = await orExisting(
      this.batch.call('CreateTransformJob', transformJobSpec(job), caller),
      `Job name must be unique within an AWS account and region, and a job with this name already exists (${this.arns.of('transform-job', job.name)})`,
    );
    await this.fields.save('transform-job', job.name, created.createdAt, without(input, 'TransformJobName'), caller);
    return { TransformJobArn: this.arns.of('transform-job', job.name) };
  }

  private async describe(input: unknown, caller: Caller) {
    const { TransformJobName: name } = parseInput(NameInput, input);
    const job = await this.missing(this.batch.call('GetTransformJob', { name }, caller), name);
    const kept = await this.fields.loadOne('transform-job', name, job.createdAt, caller);
    const spec = job.spec!;
    return {
      ...kept,
      TransformJobName: spec.name,
      TransformJobArn: this.arns.of('transform-job', spec.name),
      TransformJobStatus: job.status,
      ...(job.failureReason ? { FailureReason: job.failureReason } : {}),
      ModelName: (kept.ModelName as string | undefined) ?? spec.target?.model?.model ?? spec.target?.endpoint,
      MaxConcurrentTransforms: spec.maxConcurrentTransforms,
      MaxPayloadInMB: spec.maxPayloadMb,
      BatchStrategy: spec.batchStrategy,
      TransformInput: {
        ...(kept.TransformInput as object | undefined),
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: spec.input!.uri } },
        ContentType: spec.input!.contentType,
        CompressionType: spec.input!.compression,
        SplitType: spec.input!.splitType,
      },
      TransformOutput: {
        ...(kept.TransformOutput as object | undefined),
        S3OutputPath: spec.output!.uri,
        Accept: spec.output!.accept,
        AssembleWith: spec.output!.assembleWith,
      },
      TransformResources: { ...(kept.TransformResources as object | undefined), InstanceCount: spec.target?.instanceCount || 1 },
      DataProcessing: {
        InputFilter: spec.dataProcessing?.inputFilter,
        OutputFilter: spec.dataProcessing?.outputFilter,
        JoinSource: spec.dataProcessing?.joinSource,
      },
      CreationTime: epochSeconds(job.createdAt),
      ...(job.startedAt ? { TransformStartTime: epochSeconds(job.startedAt) } : {}),
      ...(job.endedAt ? { TransformEndTime: epochSeconds(job.endedAt) } : {}),
    };
  }

  private async list(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject(listInput), input);
    const { jobs, NextToken } = pageOfJobs((await this.batch.call('ListTransformJobs', {}, caller)).jobs, request);
    return {
      TransformJobSummaries: jobs.map((job) => summary(job, this.arns.of('transform-job', job.spec!.name))),
      ...(NextToken ? { NextToken } : {}),
    };
  }

  private missing<T>(work: Promise<T>, name: string): Promise<T> {
    return orMissing(work, 'ValidationException', `Could not find requested job with name ${name}`);
  }
}

function summary(job: TransformJob__Output, arn: string) {
  return {
    TransformJobName: job.spec!.name,
    TransformJobArn: arn,
    CreationTime: epochSeconds(job.createdAt),
    ...(job.endedAt ? { TransformEndTime: epochSeconds(job.endedAt), LastModifiedTime: epochSeconds(job.endedAt) } : {}),
    TransformJobStatus: job.status,
    ...(job.failureReason ? { FailureReason: job.failureReason } : {}),
  };
}
