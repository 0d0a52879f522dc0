import type { Logger } from '@modelserve/common';
import { decodeRequest, encodeResponse, recordLineFormat, type RecordBatch } from '@modelserve/codecs';
import { ObjectStore, readAll, storageErrorCode, type ObjectLocation } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { BatchMetrics } from '../observability/metrics';
import { InferenceClient } from '../inference/inference-client';
import type { ReadyEndpoint } from '../inference/job-endpoints';
import { isRecordError, reasonOf, RecordPredictor } from '../records/record-predictor';
import { readLines, type Line, type LinePosition } from './lines';
import { errorKeyOf, outputKeyOf, type TransformSettings } from './job-settings';
import { TransformJobsRepository, type ObjectCheckpoint, type RecordError, type TransformObjectRow } from './transform-jobs.repository';

/** Failed records buffered before they are saved (saving is idempotent, so any time will do). */
const ERRORS_BUFFERED = 1000;
const ERROR_PAGE = 5000;

/** Progress of the object being transformed, read by the runner to report the job's. */
export interface LiveCounts {
  processed: number;
  failed: number;
}

export interface ObjectTask {
  job: string;
  owner: string;
  settings: TransformSettings;
  endpoint: ReadyEndpoint;
  object: TransformObjectRow;
  live: LiveCounts;
  /** True once the job is to stop (a stop request, a shutdown, a lost claim). */
  halted: () => boolean;
}

export type ObjectOutcome = 'completed' | 'halted';

/** The claim on the job passed to another instance; this one must leave the job alone. */
export class ClaimLost extends Error {
  constructor(job: string) {
    super(`the claim on transform job ${job} was lost`);
  }
}

/** Mini-batch of consecutive lines: the tensors of its good records and the failures of the rest. */
class MiniBatch {
  readonly records: RecordBatch;
  /** Input lines of the records in `records`, for joins and for retrying records one by one. */
  readonly lines: string[] = [];
  readonly lineNumbers: number[] = [];
  readonly errors: RecordError[] = [];
  bytes = 0;
  lineCount = 0;
  end!: LinePosition;

  constructor(
    private readonly settings: TransformSettings,
    private readonly predictor: RecordPredictor,
  ) {
    this.records = predictor.newBatch();
  }

  get recordCount() {
    return this.lines.length + this.errors.length;
  }

  fits(line: Line) {
    if (this.lineCount === 0) return true;
    return this.records.size < this.settings.maxRecordsPerBatch && this.bytes + line.text.length + 1 <= this.settings.maxPayloadBytes;
  }

  take(line: Line) {
    this.lineCount++;
    this.end = { line: line.number, byte: line.end };
    if (line.text.trim() === '') return; // Blank lines are not records.
    this.bytes += line.text.length + 1;
    try {
      this.predictor.add(this.records, line.text);
      this.lines.push(line.text);
      this.lineNumbers.push(line.number);
    } catch (error) {
      this.errors.push({ line: line.number, reason: reasonOf(error) });
    }
  }
}

interface BatchResult {
  output: string;
  errors: RecordError[];
  records: number;
  end: LinePosition;
}

/**
 * Transforms one input object into its output object. Records stream in, are packed into mini-batches
 * and predicted with up to `concurrency` batches in flight; outputs are written in input order as the
 * parts of a multipart upload. After each part the position in the input is saved with the part, so a
 * restarted job carries on from the last part and every record lands in the output exactly once.
 */
@Injectable()
export class ObjectTransform {
  private readonly partBytes: number;

  constructor(
    private readonly store: ObjectStore,
    private readonly repository: TransformJobsRepository,
    private readonly inference: InferenceClient,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_CONFIG) config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {
    this.partBytes = config.BATCH_PART_BYTES;
  }

  async run(task: ObjectTask): Promise<ObjectOutcome> {
    const { settings, object } = task;
    const output: ObjectLocation = { bucket: settings.output.bucket, key: outputKeyOf(settings, object.key) };
    if (!settings.splitLines) return this.runWhole(task, output);
    let checkpoint: ObjectCheckpoint;
    if (object.status === 'InProgress' && object.upload_id) {
      checkpoint = checkpointOf(object);
      this.logger.info(
        { job: task.job, key: object.key, line: checkpoint.linesDone, parts: checkpoint.parts.length },
        'resuming object from its checkpoint',
      );
    } else {
      checkpoint = await this.begin(task, output);
    }
    try {
      return await this.runLines(task, output, checkpoint);
    } catch (error) {
      // The upload is gone: completed just before a crash, or expired. Redo the object from its start.
      if (storageErrorCode(error) !== 'NoSuchUpload') throw error;
      this.logger.warn({ job: task.job, key: object.key }, 'the output upload no longer exists; transforming the object again');
      checkpoint = await this.begin(task, output);
      return this.runLines(task, output, checkpoint);
    }
  }

  private async begin(task: ObjectTask, output: ObjectLocation): Promise<ObjectCheckpoint> {
    const uploadId = await this.store.startMultipart(output, task.settings.outputContentType);
    await this.repository.startObject(task.job, task.object.key, uploadId);
    return { uploadId, parts: [], linesDone: 0, bytesDone: 0, recordsProcessed: 0, recordsFailed: 0 };
  }

  private async runLines(task: ObjectTask, output: ObjectLocation, start: ObjectCheckpoint): Promise<ObjectOutcome> {
    const { settings, endpoint } = task;
    const input: ObjectLocation = { bucket: settings.input.bucket, key: task.object.key };
    const predictor = new RecordPredictor(
      this.inference,
      endpoint,
      recordLineFormat(settings.inputFormat),
      settings.inputFilter,
      settings.outputEncoder,
    );
    let checkpoint = start;
    let position: LinePosition = { line: start.linesDone, byte: start.bytesDone };
    let processed = start.recordsProcessed;
    let failed = start.recordsFailed;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let pendingErrors: RecordError[] = [];
    const report = () => Object.assign(task.live, { processed, failed });
    report();

    const savePart = async () => {
      const body = pending.length === 1 ? pending[0] : Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      const part = await this.store.uploadPart(output, checkpoint.uploadId, checkpoint.parts.length + 1, body);
      await this.repository.addErrors(task.job, task.object.key, pendingErrors);
      pendingErrors = [];
      checkpoint = {
        uploadId: checkpoint.uploadId,
        parts: [...checkpoint.parts, part],
        linesDone: position.line,
        bytesDone: position.byte,
        recordsProcessed: processed,
        recordsFailed: failed,
      };
      if (!(await this.repository.checkpoint(task.job, task.object.key, task.owner, checkpoint))) throw new ClaimLost(task.job);
    };

    const emit = async (result: BatchResult) => {
      if (result.output) {
        const bytes = Buffer.from(result.output);
        pending.push(bytes);
        pendingBytes += bytes.length;
      }
      pendingErrors.push(...result.errors);
      processed += result.records;
      failed += result.errors.length;
      this.metrics.records.inc({ kind: 'transform', outcome: 'predicted' }, result.records - result.errors.length);
      if (result.errors.length) this.metrics.records.inc({ kind: 'transform', outcome: 'failed' }, result.errors.length);
      position = result.end;
      report();
      if (pendingBytes >= this.partBytes) await savePart();
      else if (pendingErrors.length >= ERRORS_BUFFERED) {
        await this.repository.addErrors(task.job, task.object.key, pendingErrors);
        pendingErrors = [];
      }
    };

    // A gzip stream cannot start mid-way: it is read from the start and the lines already done are skipped.
    const resumeAt = settings.gzip ? { line: 0, byte: 0 } : position;
    const raw = await this.store.read(input, settings.gzip ? 0 : position.byte);
    // pipeline() passes a failure of either stream on to the one read here.
    const stream = settings.gzip ? pipeline(raw, createGunzip(), () => undefined) : raw;
    stream.on('error', () => undefined);
    const inFlight: Promise<BatchResult>[] = [];
    const dispatch = async (batch: MiniBatch) => {
      const result = this.predict(task, batch, predictor);
      result.catch(() => undefined); // Awaited in order below; this only keeps an early failure from going unhandled.
      inFlight.push(result);
      while (inFlight.length >= settings.concurrency) await emit(await inFlight.shift()!);
    };
    let halted = false;
    try {
      let batch = new MiniBatch(settings, predictor);
      reading: for await (const lines of readLines(stream, resumeAt, settings.maxPayloadBytes)) {
        for (const line of lines) {
          if (line.number <= start.linesDone) continue;
          if (!batch.fits(line)) {
            await dispatch(batch);
            batch = new MiniBatch(settings, predictor);
            if (task.halted()) {
              halted = true;
              break reading;
            }
          }
          batch.take(line);
        }
      }
      if (!halted && batch.lineCount > 0) await dispatch(batch);
      while (inFlight.length) await emit(await inFlight.shift()!);
    } finally {
      stream.destroy();
      raw.destroy();
    }
    if (halted) return 'halted';

    if (pendingBytes > 0) await savePart();
    else await this.repository.addErrors(task.job, task.object.key, pendingErrors);
    if (checkpoint.parts.length > 0) {
      await this.store.completeMultipart(output, checkpoint.uploadId, checkpoint.parts);
    } else {
      // Nothing to write (no records, or every one failed), and S3 has no empty multipart upload.
      await this.store.abortMultipart(output, checkpoint.uploadId).catch(() => undefined);
      await this.store.uploadStream(output, Buffer.alloc(0), 0);
    }
    await this.writeErrorFile(task);
    await this.repository.completeObject(task.job, task.object.key, processed);
    return 'completed';
  }

  /** Predicts a mini-batch: the output of its good records, and its failed ones. */
  private async predict(task: ObjectTask, batch: MiniBatch, predictor: RecordPredictor): Promise<BatchResult> {
    const result: BatchResult = { output: '', errors: [...batch.errors], records: batch.recordCount, end: batch.end };
    if (batch.lines.length === 0) return result;
    const requestId = `${task.job}/${task.object.key}#${batch.lineNumbers[0]}`;
    const separator = task.settings.separator;
    const outputs: string[] = [];
    (await predictor.predict(batch.records, batch.lines, requestId)).forEach((record, i) => {
      if (record.error !== undefined) result.errors.push({ line: batch.lineNumbers[i], reason: record.error });
      else outputs.push(record.output);
    });
    result.output = outputs.length ? outputs.join(separator) + separator : '';
    if (result.errors.length > batch.errors.length) result.errors.sort((a, b) => a.line - b.line);
    return result;
  }

  /** splitType None: the whole object is one request body, its answer the whole output. */
  private async runWhole(task: ObjectTask, output: ObjectLocation): Promise<ObjectOutcome> {
    const { settings } = task;
    const input: ObjectLocation = { bucket: settings.input.bucket, key: task.object.key };
    let body: Buffer | undefined;
    let failure: string | undefined;
    const size = await this.store.sizeOf(input);
    if (size !== undefined && !settings.gzip && size > settings.maxPayloadBytes) {
      failure = `the object is ${size} bytes, above maxPayloadMB`;
    } else {
      body = await readAll(
        settings.gzip ? (await this.store.read(input)).pipe(createGunzip()) : await this.store.read(input),
        settings.maxPayloadBytes,
      );
      if (!body) failure = 'the object is larger than maxPayloadMB';
    }
    let answer: Buffer = Buffer.alloc(0);
    if (body) {
      try {
        const { tensors, rows } = decodeRequest(settings.inputFormat, body, task.endpoint.inputs);
        const prediction = await this.inference.predict(task.endpoint.name, tensors, `${task.job}/${task.object.key}`);
        answer = encodeResponse(settings.outputFormat, prediction.outputs, rows);
      } catch (error) {
        if (!isRecordError(error)) throw error;
        failure = reasonOf(error);
      }
    }
    await this.store.uploadStream(output, answer);
    if (failure) await this.repository.addErrors(task.job, task.object.key, [{ line: 1, reason: failure }]);
    task.live.processed = 1;
    task.live.failed = failure ? 1 : 0;
    await this.writeErrorFile(task);
    await this.repository.completeObject(task.job, task.object.key, 1);
    return 'completed';
  }

  /** Writes `_errors/<key>.jsonl` from the saved failures, if there are any. */
  private async writeErrorFile(task: ObjectTask) {
    const { job } = task;
    const { key } = task.object;
    const first = await this.repository.errors(job, key, 0, ERROR_PAGE);
    if (first.length === 0) return;
    const render = (page: typeof first) => page.map((e) => JSON.stringify({ line: Number(e.line), reason: e.reason }) + '\n').join('');
    const location = { bucket: task.settings.output.bucket, key: errorKeyOf(task.settings, key) };
    // One page is written in one request; more are streamed page by page, in parts.
    if (first.length < ERROR_PAGE) return this.store.uploadStream(location, Buffer.from(render(first)));
    const repository = this.repository;
    async function* pages() {
      for (let page = first; page.length; page = await repository.errors(job, key, Number(page.at(-1)!.line), ERROR_PAGE)) {
        yield render(page);
      }
    }
    await this.store.uploadStream(location, Readable.from(pages()));
  }
}

function checkpointOf(object: TransformObjectRow): ObjectCheckpoint {
  return {
    uploadId: object.upload_id!,
    parts: object.parts,
    linesDone: Number(object.lines_done),
    bytesDone: Number(object.bytes_done),
    recordsProcessed: Number(object.records_processed),
    recordsFailed: Number(object.records_failed),
  };
}
