import { AppError } from '@modelserve/common';
import { parseRecord, RecordBatch, type RecordFilter, type RecordLineFormat } from '@modelserve/codecs';
import type { InferenceClient } from '../inference/inference-client';
import type { ReadyEndpoint } from '../inference/job-endpoints';
import type { OutputRecordEncoder } from './output-record-encoder';

/** A record's fate: its output record, or why it failed. */
export type RecordResult = { output: string; error?: undefined } | { error: string; output?: undefined };

export const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Errors the record caused (bad values, a shape the model refuses), as opposed to the platform failing. */
export const isRecordError = (error: unknown) => error instanceof AppError && error.httpStatus < 500;

/**
 * Turns lines of records into predictions for transform and stream jobs alike: each line is parsed,
 * filtered and packed into one request; a record that cannot be read fails alone; if the model
 * refuses the whole request, each record is tried on its own so that only the bad ones fail.
 * Platform failures (no worker reachable) are thrown: they fail no record.
 */
export class RecordPredictor {
  constructor(
    private readonly inference: InferenceClient,
    private readonly endpoint: ReadyEndpoint,
    readonly format: RecordLineFormat,
    private readonly inputFilter: RecordFilter | undefined,
    private readonly output: OutputRecordEncoder,
  ) {}

  newBatch(expectedRecords?: number): RecordBatch {
    return new RecordBatch(this.endpoint.inputs, this.format, expectedRecords);
  }

  /** Adds a line's record to the batch; throws (leaving the batch as it was) if the record is bad. */
  add(batch: RecordBatch, line: string) {
    const record = parseRecord(this.format, line);
    batch.add(this.inputFilter ? this.inputFilter(record) : record);
  }

  /** Predicts the records of `batch`, whose lines are `lines`; one result per line, in order. */
  async predict(batch: RecordBatch, lines: readonly string[], requestId: string): Promise<RecordResult[]> {
    if (lines.length === 0) return [];
    try {
      const prediction = await this.inference.predict(this.endpoint.name, batch.tensors(), requestId);
      return this.output.records(prediction.outputs, lines).map((output) => ({ output }));
    } catch (error) {
      if (!isRecordError(error)) throw error;
      if (lines.length === 1) return [{ error: reasonOf(error) }];
    }
    const results: RecordResult[] = [];
    for (const [i, line] of lines.entries()) {
      const single = this.newBatch(1);
      this.add(single, line);
      try {
        const prediction = await this.inference.predict(this.endpoint.name, single.tensors(), `${requestId}/${i}`);
        results.push({ output: this.output.records(prediction.outputs, [line])[0] });
      } catch (error) {
        if (!isRecordError(error)) throw error;
        results.push({ error: reasonOf(error) });
      }
    }
    return results;
  }
}
