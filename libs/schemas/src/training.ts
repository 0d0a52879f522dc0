import { z } from 'zod';
import { duplicates, resourceName, s3PrefixUri } from './fields';
import { tags } from './models';

/** Limits as SageMaker's CreateTrainingJob sets them. */
const MAX_HYPERPARAMETERS = 100;
const MAX_CHANNELS = 20;
const MAX_METRIC_DEFINITIONS = 40;
const MAX_ENVIRONMENT = 48;
/** Five days, SageMaker's longest runtime for a training job. */
export const MAX_TRAINING_RUNTIME_SECONDS = 5 * 86_400;
export const DEFAULT_TRAINING_RUNTIME_SECONDS = 86_400;
/** Hosts of one job: each is a process (or container) of its own on this machine. */
export const MAX_TRAINING_INSTANCES = 16;

const limitedRecord = <V extends z.ZodType>(key: z.ZodType<string>, value: V, max: number, what: string) =>
  z.record(key, value).refine((record) => Object.keys(record).length <= max, `at most ${max} ${what}`);

const hyperParameters = limitedRecord(
  z.string().min(1).max(256),
  z.string({ error: 'hyperparameter values are strings, as SageMaker passes them' }).max(2500),
  MAX_HYPERPARAMETERS,
  'hyperparameters',
);

/** Channel names become directory names and SM_CHANNEL_<NAME> variables. */
const channelName = z.string().regex(/^[A-Za-z0-9.\-_]{1,64}$/, 'channel names are 1-64 letters, digits, ".", "-" or "_"');

const environment = limitedRecord(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,511}$/, 'environment variable names are letters, digits and _, not starting with a digit'),
  z.string().max(512),
  MAX_ENVIRONMENT,
  'environment variables',
);

/** A metric's regex, compiled here so that a broken one is refused at creation, not found while the job runs. */
const metricRegex = z
  .string()
  .min(1)
  .max(500)
  .superRefine((source, context) => {
    try {
      new RegExp(source);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `the regex does not compile: ${(error as Error).message}` });
    }
  });

/** Everything of a training job but its name: a tuning job's definition of its training jobs is this. */
const trainingJobFields = {
  algorithm: z
    .strictObject({
      /** A container image, for the container runner. */
      image: z.string().min(1).max(255).optional(),
      /** The program and its arguments, e.g. ["/usr/bin/python3", "train.py"]. */
      command: z.array(z.string().min(1).max(4096)).min(1).max(100).optional(),
      /** A .tar.gz of the code, or a prefix holding it, unpacked into the command's working directory. */
      sourceUri: s3PrefixUri.optional(),
    })
    .refine((a) => a.image !== undefined || a.command !== undefined, 'name a "command" to run (or an "image" for the container runner)'),
  hyperParameters: hyperParameters.default({}),
  inputDataConfig: z
    .array(
      z.strictObject({
        channelName,
        s3Uri: s3PrefixUri,
        contentType: z.string().min(1).max(256).optional(),
        inputMode: z
          .literal('File', { error: 'inputMode File is the one supported: channels are downloaded before the code starts' })
          .default('File'),
      }),
    )
    .max(MAX_CHANNELS)
    .default([])
    .refine((channels) => duplicates(channels.map((c) => c.channelName)).length === 0, 'channel names must be unique'),
  outputDataConfig: z.strictObject({ s3OutputPath: s3PrefixUri }),
  resourceConfig: z
    .strictObject({
      instanceCount: z.number().int().min(1).max(MAX_TRAINING_INSTANCES).default(1),
      /** Largest total size of the downloaded channels; unset: no limit. */
      volumeSizeGB: z.number().int().min(1).max(16_384).optional(),
    })
    .prefault({}),
  stoppingCondition: z
    .strictObject({
      maxRuntimeSeconds: z.number().int().min(1).max(MAX_TRAINING_RUNTIME_SECONDS).default(DEFAULT_TRAINING_RUNTIME_SECONDS),
    })
    .prefault({}),
  metricDefinitions: z
    .array(z.strictObject({ name: z.string().regex(/^.{1,255}$/, 'metric names are 1-255 characters'), regex: metricRegex }))
    .max(MAX_METRIC_DEFINITIONS)
    .default([])
    .refine((metrics) => duplicates(metrics.map((m) => m.name)).length === 0, 'metric names must be unique'),
  checkpointConfig: z.strictObject({ s3Uri: s3PrefixUri }).optional(),
  environment: environment.default({}),
  modelRegistration: z
    .strictObject({ model: resourceName, description: z.string().max(1024).optional(), tags: tags.optional() })
    .optional(),
};

const sourceNeedsCommand = (job: { algorithm: { sourceUri?: string; command?: string[] } }) =>
  !job.algorithm.sourceUri || job.algorithm.command !== undefined;
const SOURCE_NEEDS_COMMAND = { path: ['algorithm', 'sourceUri'], message: 'a sourceUri needs a "command" to run it' };

export const TrainingJobRequest = z
  .strictObject({ name: resourceName, ...trainingJobFields })
  .refine(sourceNeedsCommand, SOURCE_NEEDS_COMMAND);
export type TrainingJobRequest = z.output<typeof TrainingJobRequest>;

export const TrainingJobDefinition = z.strictObject(trainingJobFields).refine(sourceNeedsCommand, SOURCE_NEEDS_COMMAND);
export type TrainingJobDefinition = z.output<typeof TrainingJobDefinition>;

/** Where a model version came from, as a training job records it on the version it registers. */
export const TrainingLineage = z.strictObject({
  trainingJob: resourceName,
  hyperParameters: z.record(z.string(), z.string()),
  finalMetrics: z.record(z.string(), z.number()),
  inputDataUris: z.array(z.string()),
  image: z.string().optional(),
  command: z.array(z.string()).optional(),
  sourceUri: z.string().optional(),
  modelArtifacts: z.string(),
});
export type TrainingLineage = z.output<typeof TrainingLineage>;

/** GET /v1/training-jobs/{name}/logs: lines after a sequence number; follow keeps the answer open until the job ends. */
export const TrainingLogsQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  follow: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
