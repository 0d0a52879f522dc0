import { RECORD_MEDIA_TYPES } from '@modelserve/codecs';
import { z } from 'zod';
import { duration, resourceName, s3PrefixUri, webhookUrl } from './fields';
import { versionNumber } from './models';

/** Labels in one request at most. */
export const MAX_LABELS_PER_REQUEST = 10_000;

const inferenceId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, 'an inference id is 1-64 printable characters');
const labelValue = z.union([z.string().max(256), z.number().refine(Number.isFinite, 'a finite number'), z.boolean()]);

const PlatformLabel = z.strictObject({ inferenceId, label: z.union([labelValue, z.array(labelValue).min(1).max(10_000)]) });
const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const SageMakerGroundTruth = z.object({
  groundTruthData: z
    .object({ data: z.string().max(1_000_000), encoding: z.enum(['CSV', 'JSON']).default('CSV') })
    .refine((d) => d.encoding !== 'JSON' || isJson(d.data), { message: 'data is not JSON, as encoding says', path: ['data'] }),
  eventMetadata: z.object({ eventId: inferenceId }),
  eventVersion: z.string().optional(),
});
const isSageMakerRecord = (value: unknown) =>
  typeof value === 'object' && value !== null && ('groundTruthData' in value || 'eventMetadata' in value);

/**
 * One label: the platform's {inferenceId, label} (a value, or one per row of the invocation), or
 * SageMaker's ground-truth record {groundTruthData: {data, encoding}, eventMetadata: {eventId}}. The
 * record's own fields say which, so that an error names what is wrong with it in its own terms.
 */
export const GroundTruthRecord = z.unknown().transform((value, context) => {
  const result = (isSageMakerRecord(value) ? SageMakerGroundTruth : PlatformLabel).safeParse(value);
  if (result.success) return result.data as z.output<typeof PlatformLabel> | z.output<typeof SageMakerGroundTruth>;
  for (const issue of result.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});
export type GroundTruthRecord = z.output<typeof GroundTruthRecord>;

export const GroundTruthRecords = z
  .array(GroundTruthRecord)
  .min(1, 'send at least one label')
  .max(MAX_LABELS_PER_REQUEST, `at most ${MAX_LABELS_PER_REQUEST} labels per request`);

/** Labels to load from storage, instead of in the body. */
export const GroundTruthLoadRequest = z.strictObject({ s3Uri: s3PrefixUri });

/** The label values of a record, one per row, as text (so that 1, 1.0 and "1" are the same class). */
export function labelValues(record: GroundTruthRecord): { inferenceId: string; values: string[] } {
  const text = (value: string | number | boolean) => String(value);
  if ('inferenceId' in record) {
    return { inferenceId: record.inferenceId, values: Array.isArray(record.label) ? record.label.map(text) : [text(record.label)] };
  }
  const { data, encoding } = record.groundTruthData;
  if (encoding === 'JSON') {
    const value = JSON.parse(data) as unknown;
    const values = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
    return { inferenceId: record.eventMetadata.eventId, values };
  }
  return { inferenceId: record.eventMetadata.eventId, values: data.split(',').map((cell) => cell.trim()) };
}

export const BaselineJobRequest = z.strictObject({
  name: resourceName,
  dataset: s3PrefixUri,
  contentType: z.enum(RECORD_MEDIA_TYPES).default('text/csv'),
  header: z.boolean().default(false),
  output: s3PrefixUri.optional(),
  model: z.strictObject({ name: resourceName, version: versionNumber }).optional(),
});
export type BaselineJobRequest = z.output<typeof BaselineJobRequest>;

export const DRIFT_METHODS = ['KolmogorovSmirnov', 'JensenShannon', 'PopulationStabilityIndex'] as const;
const share = z.number().min(0).max(1);

export const DriftThresholds = z.strictObject({
  method: z.enum(DRIFT_METHODS).default('KolmogorovSmirnov'),
  drift: z.number().gt(0).max(100).default(0.1),
  completeness: share.default(1),
  dataType: share.default(1),
  domainContent: share.default(1),
});

export const MonitoringScheduleRequest = z.strictObject({
  name: resourceName,
  endpoint: resourceName,
  baseline: resourceName,
  schedule: z.string().min(1).max(128),
  thresholds: DriftThresholds.prefault({}),
  output: s3PrefixUri.optional(),
});
export type MonitoringScheduleRequest = z.output<typeof MonitoringScheduleRequest>;

export const ALERT_METRICS = [
  'errorRatePercent',
  'p99LatencyMs',
  'invocations',
  'quality.accuracy',
  'quality.macroF1',
  'quality.macroPrecision',
  'quality.macroRecall',
  'quality.auc',
  'quality.mae',
  'quality.rmse',
  'quality.r2',
  'driftViolations',
  'streamLagRecords',
] as const;
export const ALERT_COMPARISONS = ['>', '>=', '<', '<='] as const;

export const AlertRuleRequest = z
  .strictObject({
    name: resourceName,
    endpoint: resourceName.optional(),
    streamJob: resourceName.optional(),
    variant: resourceName.optional(),
    metric: z.enum(ALERT_METRICS),
    comparison: z.enum(ALERT_COMPARISONS).default('>'),
    threshold: z.number().refine(Number.isFinite, 'a finite number'),
    window: duration.refine((s) => s >= 60 && s <= 30 * 86_400, 'the window is 1m to 30d').default(300),
    webhook: z.strictObject({
      url: webhookUrl,
      secret: z.string().min(16, 'a secret of at least 16 characters').max(256).optional(),
    }),
  })
  .refine(
    (r) =>
      r.metric === 'streamLagRecords'
        ? r.streamJob !== undefined && r.endpoint === undefined
        : r.endpoint !== undefined && r.streamJob === undefined,
    'streamLagRecords watches a "streamJob"; every other metric an "endpoint"',
  );
export type AlertRuleRequest = z.output<typeof AlertRuleRequest>;
