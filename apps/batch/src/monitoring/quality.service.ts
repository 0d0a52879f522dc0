import { AppError, invalidRequest, type Logger } from '@modelserve/common';
import type { CaptureRecord, GroundTruthAccepted, GroundTruthLabel__Output } from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import { GroundTruthRecord, labelValues, parseRequest } from '@modelserve/schemas';
import { listKeys, ObjectStore, parseS3Uri, StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { readLines } from '../transform/lines';
import { CaptureFiles } from './capture-files';
import { MonitoringRegistry } from './monitoring-registry';
import { predictionRows, readPrediction, resolveQualitySpec, type ResolvedQualitySpec } from './predictions';
import {
  classificationMetrics,
  regressionMetrics,
  type ClassificationMetrics,
  type LabelledClassification,
  type LabelledValue,
  type RegressionMetrics,
} from './quality-metrics';
import { QualityRepository, type JoinedPrediction } from './quality.repository';

/** Quality of one variant and model version over a window, in the shape of the VariantQuality message. */
export interface VariantQuality {
  variant: string;
  model: { model: string; version: number };
  problemType: string;
  predictions: number;
  labelled: number;
  coverage: number;
  classification?: ClassificationMetrics;
  regression?: RegressionMetrics;
  note: string;
}

export interface QualityReport {
  endpoint: string;
  windowStart: string;
  windowEnd: string;
  variants: VariantQuality[];
}

const MAX_LABEL_LINE_BYTES = 1024 * 1024;
const LABELS_PER_WRITE = 10_000;
/** Errors answered back per request; the count covers the rest. */
const ERRORS_SHOWN = 10;

/**
 * Model quality from ground truth: labels keyed by inference id are stored as they come, predictions
 * are read from the endpoint's capture files, and a report joins the two per variant and model version.
 * Since the join happens when a report is asked for, a label may come before its prediction is captured
 * or days after; either way it counts once both are in.
 */
@Injectable()
export class QualityService {
  /** One reading of an endpoint's capture files at a time per instance; callers share the running one. */
  private readonly ingesting = new Map<string, Promise<void>>();

  constructor(
    private readonly repository: QualityRepository,
    private readonly captures: CaptureFiles,
    private readonly registry: MonitoringRegistry,
    private readonly routing: RoutingTable,
    private readonly store: ObjectStore,
    private readonly allowList: StorageAllowList,
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  async putLabels(endpoint: string, labels: readonly GroundTruthLabel__Output[]): Promise<GroundTruthAccepted> {
    this.mustExist(endpoint);
    const valid = labels.filter((l) => l.inferenceId && l.values.length > 0);
    if (valid.length !== labels.length) throw invalidRequest('every label needs an inference id and at least one value');
    await this.repository.putLabels(endpoint, valid);
    return { accepted: valid.length, rejected: 0, errors: [] };
  }

  /**
   * Loads labels from every object under an s3:// prefix: JSON Lines of SageMaker ground-truth records
   * or of {inferenceId, label}. A line that is neither is counted and skipped; the others are kept.
   */
  async loadLabels(endpoint: string, uri: string): Promise<GroundTruthAccepted> {
    this.mustExist(endpoint);
    this.allowList.check('s3Uri', uri);
    const location = parseS3Uri(uri);
    if (!location) throw invalidRequest(`${uri} is not an s3:// URI`);
    const keys = (await listKeys(this.store, location.bucket, location.key)).filter((key) => !key.endsWith('/'));
    if (keys.length === 0) throw invalidRequest(`there is no object under ${uri}`);
    let accepted = 0;
    let rejected = 0;
    const errors: string[] = [];
    let pending: { inferenceId: string; values: string[] }[] = [];
    const flush = async () => {
      await this.repository.putLabels(endpoint, pending);
      accepted += pending.length;
      pending = [];
    };
    for (const key of keys) {
      for await (const lines of readLines(
        await this.store.read({ bucket: location.bucket, key }),
        { line: 0, byte: 0 },
        MAX_LABEL_LINE_BYTES,
      )) {
        for (const line of lines) {
          if (line.text.trim() === '') continue;
          const label = parseLabelLine(line.text);
          if (typeof label === 'string') {
            rejected++;
            if (errors.length < ERRORS_SHOWN) errors.push(`${key} line ${line.number}: ${label}`);
            continue;
          }
          pending.push(label);
          if (pending.length >= LABELS_PER_WRITE) await flush();
        }
      }
    }
    await flush();
    this.logger.info({ endpoint, uri, accepted, rejected }, 'ground truth loaded');
    return { accepted, rejected, errors };
  }

  /** Refuses an endpoint the routing table does not have (once it has arrived). */
  private mustExist(endpoint: string) {
    if (this.routing.hasTable && !this.routing.knows(endpoint)) throw new AppError('NotFound', `endpoint ${endpoint} does not exist`);
  }

  /** Reads the endpoint's capture files not read yet; concurrent callers share one reading. */
  ingest(endpoint: string): Promise<void> {
    const running = this.ingesting.get(endpoint);
    if (running) return running;
    const reading = this.readNewFiles(endpoint).finally(() => this.ingesting.delete(endpoint));
    this.ingesting.set(endpoint, reading);
    return reading;
  }

  private async readNewFiles(endpoint: string): Promise<void> {
    const { bucket, prefixes } = await this.captures.variantPrefixes(endpoint);
    for (const variant of prefixes) {
      const last = await this.repository.lastFile(bucket, variant);
      const keys = await this.captures.keysAfter(bucket, variant, this.captures.resumeFrom(variant, last));
      const read = await this.repository.readFiles(bucket, keys);
      for (const key of keys.filter((k) => !read.has(k))) {
        const records = await this.captures.read({ bucket, key });
        await this.repository.addFile({ bucket, key, endpoint }, records.filter(hasInferenceId).map(predictionRow));
      }
    }
  }

  /** Reads new capture files of every endpoint that captures data, and forgets what is past retention. */
  async ingestAll(): Promise<void> {
    for (const [name, route] of this.endpointsCapturing()) {
      try {
        await this.ingest(name);
      } catch (error) {
        this.logger.warn({ err: error, endpoint: name, capture: route }, 'reading capture files failed; retrying later');
      }
    }
    await this.repository.prune(new Date(Date.now() - this.config.MONITORING_RETENTION_DAYS * 86_400_000));
  }

  private endpointsCapturing(): [string, string][] {
    return this.routing
      .all()
      .filter((route) => route.dataCapture && route.dataCapture.samplingPercent > 0)
      .map((route) => [route.name, route.dataCapture!.destination]);
  }

  /** Quality per variant and model version of the predictions captured over the last `windowSeconds`. */
  async report(endpoint: string, windowSeconds: number): Promise<QualityReport> {
    this.mustExist(endpoint);
    const end = new Date();
    const start = new Date(end.getTime() - windowSeconds * 1000);
    await this.ingest(endpoint);
    const groups = new Map<string, JoinedPrediction[]>();
    for (const row of await this.repository.joined(endpoint, start, end)) {
      const key = `${row.variant}\u0000${row.model}\u0000${row.version}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    const variants: VariantQuality[] = [];
    for (const rows of groups.values()) {
      const { variant, model, version } = rows[0];
      const registered = await this.registry.modelVersion(model, version);
      const spec = resolveQualitySpec(registered?.quality, registered?.outputs ?? []);
      variants.push(variantQuality(variant, { model, version }, spec, rows));
    }
    variants.sort((a, b) => a.variant.localeCompare(b.variant) || a.model.version - b.model.version);
    return { endpoint, windowStart: start.toISOString(), windowEnd: end.toISOString(), variants };
  }
}

const hasInferenceId = (record: CaptureRecord): record is CaptureRecord & { inferenceId: string } =>
  typeof record.inferenceId === 'string' && record.inferenceId !== '';

function predictionRow(record: CaptureRecord & { inferenceId: string }) {
  let predictions: unknown[];
  try {
    predictions = predictionRows(record.output);
  } catch {
    predictions = [];
  }
  return {
    endpoint: record.endpoint,
    inference_id: record.inferenceId,
    variant: record.variant,
    model: record.model,
    version: record.version,
    captured_at: new Date(record.time),
    predictions: JSON.stringify(predictions),
  };
}

/** A line of a ground-truth object as a label, or why it is not one. */
function parseLabelLine(text: string): { inferenceId: string; values: string[] } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  try {
    return labelValues(parseRequest(GroundTruthRecord, value, 'record'));
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Pairs each captured row with its label: a label of one value labels a one-row invocation; a label of
 * n values labels the n rows of an invocation, in order. Rows without a label, or whose counts do not
 * match, are unlabelled.
 */
function variantQuality(
  variant: string,
  model: { model: string; version: number },
  spec: ResolvedQualitySpec,
  rows: readonly JoinedPrediction[],
): VariantQuality {
  let predictions = 0;
  let unreadable = 0;
  let mismatched = 0;
  const classified: LabelledClassification[] = [];
  const valued: LabelledValue[] = [];
  for (const row of rows) {
    predictions += row.predictions.length;
    if (!row.labels) continue;
    if (row.labels.length !== row.predictions.length) {
      mismatched++;
      continue;
    }
    row.predictions.forEach((value, i) => {
      const prediction = readPrediction(spec, value);
      const actual = row.labels![i];
      if (!prediction) unreadable++;
      else if ('value' in prediction) {
        const number = Number(actual);
        if (actual.trim() !== '' && Number.isFinite(number)) valued.push({ predicted: prediction.value, actual: number });
        else unreadable++;
      } else classified.push({ predicted: prediction.label, actual, ...(prediction.scores ? { scores: prediction.scores } : {}) });
    });
  }
  const labelled = spec.problemType === 'Regression' ? valued.length : classified.length;
  const notes = [
    unreadable ? `${unreadable} labelled rows could not be read as ${spec.problemType} (see the version's quality spec)` : '',
    mismatched ? `${mismatched} labels have a different number of values than their invocation has rows` : '',
    labelled === 0 ? 'no labelled predictions in the window' : '',
  ].filter(Boolean);
  const metrics =
    labelled === 0
      ? {}
      : spec.problemType === 'Regression'
        ? { regression: regressionMetrics(valued) }
        : { classification: classificationMetrics(classified, spec.positiveLabel) };
  return {
    variant,
    model,
    problemType: spec.problemType,
    predictions,
    labelled,
    coverage: predictions === 0 ? 0 : labelled / predictions,
    ...metrics,
    note: notes.join('; '),
  };
}
