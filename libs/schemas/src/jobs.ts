import { compileJsonPath, RECORD_MEDIA_TYPES } from '@modelserve/codecs';
import { z } from 'zod';
import { instanceCount, kafkaTopic, percent, resourceName, s3PrefixUri } from './fields';
import { versionNumber } from './models';

/** Longest job name: the endpoint a job places for itself is named `tj-<job>` or `sj-<job>` within 63 characters. */
export const JOB_NAME_MAX = 60;

const jobName = resourceName.refine((n) => n.length <= JOB_NAME_MAX, `job names are at most ${JOB_NAME_MAX} characters`);
const objectsUri = s3PrefixUri.refine((uri) => /^s3:\/\/[^/]+\/.+$/.test(uri), 'expected s3://bucket/prefix with a prefix');
const mediaType = z.enum(RECORD_MEDIA_TYPES);

const jsonPath = z
  .string()
  .max(512)
  .superRefine((path, context) => {
    try {
      compileJsonPath(path);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

/** Where a job's predictions come from: an existing endpoint, or a model version placed for the job alone. */
const target = {
  endpoint: resourceName.optional(),
  model: z.strictObject({ name: resourceName, version: versionNumber }).optional(),
  /** Instances of the model when the job places it itself; 1 by default. */
  instanceCount: instanceCount.optional(),
};
type Target = { endpoint?: string; model?: unknown; instanceCount?: number };
const oneTarget = (job: Target) => (job.endpoint === undefined) !== (job.model === undefined) && !(job.endpoint && job.instanceCount);
const TARGET_RULE = 'name an existing "endpoint" or a "model" {name, version} (with an optional instanceCount), one of the two';
const withInstanceCount = <T extends Target>(job: T): T => (job.model ? { ...job, instanceCount: job.instanceCount ?? 1 } : job);

/** A transform job; fields and defaults follow SageMaker's CreateTransformJob. */
export const TransformJobRequest = z
  .strictObject({
    name: jobName,
    ...target,
    input: z.strictObject({
      uri: objectsUri,
      contentType: mediaType,
      /** Line: each line is a record; None: each object is one request. */
      splitType: z.enum(['Line', 'None']).default('Line'),
      compression: z.enum(['None', 'Gzip']).default('None'),
    }),
    output: z.strictObject({
      uri: objectsUri,
      /** The input's content type when unset. */
      accept: mediaType.optional(),
      assembleWith: z.enum(['Line', 'None']).default('Line'),
    }),
    batchStrategy: z.enum(['MultiRecord', 'SingleRecord']).default('MultiRecord'),
    maxPayloadMB: z.number().gt(0).max(100).default(6),
    maxConcurrentTransforms: z.number().int().min(1).max(64).default(2),
    dataProcessing: z
      .strictObject({
        inputFilter: jsonPath.default('$'),
        joinSource: z.enum(['None', 'Input']).default('None'),
        outputFilter: jsonPath.default('$'),
      })
      .prefault({}),
    /** The job fails when more than this share of its records fail; they go to the _errors files either way. */
    errorPolicy: z.strictObject({ maxFailedRecordsPercent: percent.default(0) }).prefault({}),
  })
  .refine(oneTarget, TARGET_RULE)
  .refine(
    ({ input, dataProcessing: p }) =>
      input.splitType === 'Line' || (p.joinSource === 'None' && p.inputFilter.trim() === '$' && p.outputFilter.trim() === '$'),
    {
      path: ['dataProcessing'],
      message: 'dataProcessing needs input.splitType Line: filters and joins apply to records, not whole objects',
    },
  )
  .transform((job) => withInstanceCount({ ...job, output: { ...job.output, accept: job.output.accept ?? job.input.contentType } }));
export type TransformJobRequest = z.output<typeof TransformJobRequest>;

/** A stream job: each message of the input topic is one record (a CSV row or a JSON value). */
export const StreamJobRequest = z
  .strictObject({
    name: jobName,
    ...target,
    inputTopic: kafkaTopic,
    outputTopic: kafkaTopic,
    /** `<inputTopic>.dead-letter` when unset. */
    deadLetterTopic: kafkaTopic.optional(),
    contentType: mediaType.default('application/jsonlines'),
    accept: mediaType.default('application/jsonlines'),
    /** `modelserve-<name>` when unset. */
    consumerGroup: z.string().min(1).max(249).optional(),
    maxBatchRecords: z.number().int().min(1).max(10_000).default(100),
    maxBatchDelayMs: z.number().int().min(1).max(60_000).default(500),
  })
  .refine(oneTarget, TARGET_RULE)
  .refine((job) => job.outputTopic !== job.inputTopic, { path: ['outputTopic'], message: 'outputTopic must differ from inputTopic' })
  .transform((job) =>
    withInstanceCount({
      ...job,
      deadLetterTopic: job.deadLetterTopic ?? `${job.inputTopic}.dead-letter`,
      consumerGroup: job.consumerGroup ?? `modelserve-${job.name}`,
    }),
  );
export type StreamJobRequest = z.output<typeof StreamJobRequest>;
