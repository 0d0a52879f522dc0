import { z } from 'zod';
import { name } from './schemas';

const jobName = name.refine((n) => n.length <= 60, 'job names are at most 60 characters');
const s3Uri = z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/, 'expected s3://bucket/prefix');
const contentType = z.enum(['text/csv', 'application/jsonlines', 'application/json']);

/** Where a job's predictions come from: an existing endpoint, or a model version placed for the job alone. */
const target = {
  endpoint: name.optional(),
  model: z.strictObject({ name, version: z.number().int().positive() }).optional(),
  /** Instances of the model when the job places it itself. */
  instanceCount: z.number().int().min(1).max(64).optional(),
};
const oneTarget = (job: { endpoint?: string; model?: unknown; instanceCount?: number }) =>
  (job.endpoint === undefined) !== (job.model === undefined) && !(job.endpoint && job.instanceCount);
const TARGET_RULE = 'name an existing "endpoint" or a "model" {name, version} (with an optional instanceCount), one of the two';

/** POST /v1/transform-jobs; field meanings follow SageMaker's CreateTransformJob. */
export const CreateTransformJobBody = z
  .strictObject({
    name: jobName,
    ...target,
    input: z.strictObject({
      uri: s3Uri,
      contentType,
      splitType: z.enum(['Line', 'None']).optional(),
      compression: z.enum(['None', 'Gzip']).optional(),
    }),
    output: z.strictObject({
      uri: s3Uri,
      accept: contentType.optional(),
      assembleWith: z.enum(['Line', 'None']).optional(),
    }),
    batchStrategy: z.enum(['MultiRecord', 'SingleRecord']).optional(),
    maxPayloadMB: z.number().gt(0).max(100).optional(),
    maxConcurrentTransforms: z.number().int().min(1).max(64).optional(),
    dataProcessing: z
      .strictObject({
        inputFilter: z.string().max(512).optional(),
        joinSource: z.enum(['None', 'Input']).optional(),
        outputFilter: z.string().max(512).optional(),
      })
      .optional(),
    errorPolicy: z.strictObject({ maxFailedRecordsPercent: z.number().min(0).max(100) }).optional(),
  })
  .refine(oneTarget, TARGET_RULE);

const topic = z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/, 'a Kafka topic name: 1-249 letters, digits, ".", "_" or "-"');

/** POST /v1/stream-jobs. */
export const CreateStreamJobBody = z
  .strictObject({
    name: jobName,
    ...target,
    inputTopic: topic,
    outputTopic: topic,
    deadLetterTopic: topic.optional(),
    contentType: contentType.optional(),
    accept: contentType.optional(),
    consumerGroup: z.string().min(1).max(249).optional(),
    maxBatchRecords: z.number().int().min(1).max(10_000).optional(),
    maxBatchDelayMs: z.number().int().min(1).max(60_000).optional(),
  })
  .refine(oneTarget, TARGET_RULE);
