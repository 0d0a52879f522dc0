import { z } from 'zod';
import { DeploymentRequest } from './endpoints';
import { duplicates, instanceCount, resourceName } from './fields';
import { TrainingJobDefinition } from './training';

/**
 * Tuning job names, shorter than other names: a training job of the tuning job is named
 * `<tuning job>-<3 digits>-<8 hex digits>` and must fit the 63 characters of a name.
 */
const TUNING_NAME_RULE = '1-32 letters, digits and hyphens, starting and ending with a letter or digit';
export const tuningJobName = z
  .string()
  .max(32, TUNING_NAME_RULE)
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, TUNING_NAME_RULE);

export const TUNING_STRATEGIES = ['Bayesian', 'Random', 'Grid', 'Hyperband'] as const;
export type TuningStrategy = (typeof TUNING_STRATEGIES)[number];

export const PARAMETER_SCALINGS = ['Auto', 'Linear', 'Logarithmic', 'ReverseLogarithmic'] as const;
export type ParameterScaling = (typeof PARAMETER_SCALINGS)[number];

/** SageMaker's limits: 500 training jobs a tuning job, 100 at once, 30 ranges, 30 values a category. */
export const MAX_TUNING_TRAINING_JOBS = 500;
const MAX_PARALLEL_TRAINING_JOBS = 100;
const MAX_RANGES = 30;
const MAX_CATEGORY_VALUES = 30;
/** The most a Grid search enumerates. */
export const MAX_GRID_SIZE = 10_000;

const parameterName = z.string().regex(/^[A-Za-z0-9_.:\-/]{1,256}$/, 'parameter names are 1-256 letters, digits or _ . : - /');
const scaling = z.enum(PARAMETER_SCALINGS).default('Auto');

const IntegerRange = z
  .strictObject({ name: parameterName, min: z.number().int().safe(), max: z.number().int().safe(), scaling })
  .refine((r) => r.min <= r.max, 'min is above max');
const ContinuousRange = z
  .strictObject({ name: parameterName, min: z.number().finite(), max: z.number().finite(), scaling })
  .refine((r) => r.min < r.max, 'min must be below max');
const CategoricalRange = z.strictObject({
  name: parameterName,
  values: z
    .array(z.string().min(1).max(256))
    .min(1)
    .max(MAX_CATEGORY_VALUES)
    .refine((values) => duplicates(values).length === 0, 'values must be unique'),
});

export const ParameterRanges = z
  .strictObject({
    integer: z.array(IntegerRange).default([]),
    continuous: z.array(ContinuousRange).default([]),
    categorical: z.array(CategoricalRange).default([]),
  })
  .superRefine((ranges, context) => {
    const all = [...ranges.integer, ...ranges.continuous, ...ranges.categorical];
    if (all.length === 0) context.addIssue({ code: 'custom', message: 'name at least one range to tune' });
    if (all.length > MAX_RANGES) context.addIssue({ code: 'custom', message: `at most ${MAX_RANGES} ranges` });
    for (const name of duplicates(all.map((r) => r.name))) {
      context.addIssue({ code: 'custom', message: `parameter ${name} has more than one range` });
    }
    for (const [kind, list] of [
      ['integer', ranges.integer],
      ['continuous', ranges.continuous],
    ] as const) {
      list.forEach((r, i) => {
        if (r.scaling === 'Logarithmic' && r.min <= 0) {
          context.addIssue({ code: 'custom', path: [kind, i, 'min'], message: 'a Logarithmic range needs min above 0' });
        }
        if (r.scaling === 'ReverseLogarithmic' && (kind === 'integer' || r.min < 0 || r.max >= 1)) {
          context.addIssue({
            code: 'custom',
            path: [kind, i, 'scaling'],
            message: 'ReverseLogarithmic is for continuous ranges within [0, 1)',
          });
        }
      });
    }
  });
export type ParameterRanges = z.output<typeof ParameterRanges>;

export const TuningJobRequest = z
  .strictObject({
    name: tuningJobName,
    strategy: z.enum(TUNING_STRATEGIES).default('Bayesian'),
    objective: z.strictObject({ metricName: z.string().min(1).max(255), type: z.enum(['Maximize', 'Minimize']) }),
    parameterRanges: ParameterRanges,
    resourceLimits: z
      .strictObject({
        maxNumberOfTrainingJobs: z.number().int().min(1).max(MAX_TUNING_TRAINING_JOBS).optional(),
        maxParallelTrainingJobs: z.number().int().min(1).max(MAX_PARALLEL_TRAINING_JOBS).default(1),
      })
      .prefault({}),
    /** Auto stops training jobs that do worse than earlier ones at the same point (the median rule). */
    earlyStopping: z.enum(['Off', 'Auto']).default('Off'),
    /** Hyperband's rungs, in reports of the objective metric (epochs, as a script prints them). */
    hyperband: z
      .strictObject({ minResource: z.number().int().min(1).default(1), maxResource: z.number().int().min(1).max(1_000_000).optional() })
      .optional(),
    trainingJobDefinition: TrainingJobDefinition,
    warmStart: z
      .strictObject({
        parentTuningJobs: z.array(tuningJobName).min(1).max(5),
        type: z.literal('IdenticalDataAndAlgorithm', { error: 'warmStart.type IdenticalDataAndAlgorithm is the one supported' }),
      })
      .optional(),
    /** Makes the trials reproducible; drawn at creation when unset (and shown). */
    randomSeed: z
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1)
      .optional(),
  })
  .superRefine((job, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const definition = job.trainingJobDefinition;
    if (!definition.metricDefinitions.some((m) => m.name === job.objective.metricName)) {
      issue(['objective', 'metricName'], `${job.objective.metricName} is not among trainingJobDefinition.metricDefinitions`);
    }
    const ranges = job.parameterRanges;
    for (const r of [...ranges.integer, ...ranges.continuous, ...ranges.categorical]) {
      if (r.name in definition.hyperParameters) {
        issue(['parameterRanges'], `${r.name} is both tuned and a static hyperparameter of trainingJobDefinition`);
      }
    }
    const { maxNumberOfTrainingJobs, maxParallelTrainingJobs } = job.resourceLimits;
    if (job.strategy !== 'Grid' && maxNumberOfTrainingJobs === undefined) {
      issue(['resourceLimits', 'maxNumberOfTrainingJobs'], `${job.strategy} search needs maxNumberOfTrainingJobs`);
    }
    if (maxNumberOfTrainingJobs !== undefined && maxParallelTrainingJobs > maxNumberOfTrainingJobs) {
      issue(['resourceLimits', 'maxParallelTrainingJobs'], 'is above maxNumberOfTrainingJobs');
    }
    if (job.strategy === 'Grid') {
      if (ranges.continuous.length > 0)
        issue(['parameterRanges', 'continuous'], 'Grid search enumerates categorical and integer ranges only');
      const size = [...ranges.integer.map((r) => r.max - r.min + 1), ...ranges.categorical.map((r) => r.values.length)].reduce(
        (a, b) => a * b,
        1,
      );
      if (size > MAX_GRID_SIZE) issue(['parameterRanges'], `the grid has ${size} points; Grid search enumerates at most ${MAX_GRID_SIZE}`);
    }
    if (job.strategy === 'Hyperband' && job.earlyStopping !== 'Off') {
      issue(['earlyStopping'], 'Hyperband stops poor training jobs itself; earlyStopping must be Off');
    }
    if (job.hyperband && job.strategy !== 'Hyperband') issue(['hyperband'], 'is for the Hyperband strategy');
    if (job.hyperband?.maxResource !== undefined && job.hyperband.maxResource < job.hyperband.minResource) {
      issue(['hyperband', 'maxResource'], 'is below minResource');
    }
    if (job.warmStart && (job.strategy === 'Grid' || job.strategy === 'Hyperband')) {
      issue(['warmStart'], 'warm start is for Bayesian and Random search');
    }
  });
export type TuningJobRequest = z.output<typeof TuningJobRequest>;

/**
 * POST /v1/tuning-jobs/{name}/deploy: the best training job's model becomes a version and is put
 * behind an endpoint, created or moved to it by the same safe update as any other.
 */
export const DeployTuningJobRequest = z.strictObject({
  endpoint: resourceName,
  /** The model the ONNX file becomes a version of: trainingJobDefinition.modelRegistration.model, else the tuning job's name. */
  model: resourceName.optional(),
  instanceCount: instanceCount.default(1),
  /** How an existing endpoint moves to the new version. */
  deployment: DeploymentRequest.prefault({}),
});
export type DeployTuningJobRequest = z.output<typeof DeployTuningJobRequest>;
