import { invalidInput } from '@modelserve/common';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Tensor } from './datatypes';
import type { RecordFormat } from './media-types';
import { TensorBuilder, type InputSignature } from './request-decoder';

/** Formats a file or a message of records can take: one CSV row or one JSON value per record. */
export type RecordLineFormat = 'csv' | 'jsonlines';

/** The one-record-per-line form of a format: a JSON document split by lines is JSON Lines. */
export const recordLineFormat = (format: RecordFormat): RecordLineFormat => (format === 'csv' ? 'csv' : 'jsonlines');

/**
 * One record as the filters and the model see it: a CSV line is the array of its cells, a JSON
 * line its value. Throws a 400-class error naming the problem for a record that cannot be read.
 */
export function parseRecord(format: RecordLineFormat, line: string): unknown {
  if (format === 'jsonlines') {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw invalidInput(`not valid JSON: ${(error as Error).message}`);
    }
  }
  // Most numeric rows have no quotes: splitting them is exact and many times faster than a parser.
  if (!line.includes('"')) return line.split(',');
  try {
    const rows = parseCsv(line, { relax_column_count: true }) as string[][];
    if (rows.length !== 1) throw new Error(`a record must be one CSV row, found ${rows.length}`);
    return rows[0];
  } catch (error) {
    throw invalidInput(`not a valid CSV row: ${(error as Error).message}`);
  }
}

/**
 * Collects records into the tensors of one request, a record at a time. A record that does not fit
 * the model's signature is refused with an error and leaves the batch as it was, so the caller can
 * report it and go on with the next.
 */
export class RecordBatch {
  private builders?: TensorBuilder[];
  private count = 0;

  constructor(
    private readonly inputs: readonly InputSignature[],
    readonly format: RecordLineFormat,
    private readonly expectedRecords = 256,
  ) {
    if (inputs.length === 0) throw invalidInput('the model has no inputs');
    if (format === 'csv' && inputs.length > 1) {
      throw invalidInput(`CSV records fit a model with one input; this model has ${inputs.length}: use JSON Lines`);
    }
  }

  get size() {
    return this.count;
  }

  /** Adds a record (after any input filter): an array of cells or values, or an object keyed by input name. */
  add(record: unknown) {
    const byInput = this.split(record);
    this.builders ??= this.inputs.map((spec, i) => new TensorBuilder(spec, this.capacityOf(spec), byInput[i], () => 'the record'));
    let added = 0;
    try {
      for (const [i, builder] of this.builders.entries()) {
        if (this.format === 'csv') builder.addFlat(byInput[i] as unknown[], 0);
        else builder.addRow(byInput[i], 0);
        added++;
      }
    } catch (error) {
      // A record is all or nothing across the model's inputs.
      for (let i = 0; i < added; i++) this.builders[i].dropLast();
      throw error;
    }
    this.count++;
  }

  tensors(): Tensor[] {
    if (!this.builders) throw new Error('an empty batch has no tensors');
    return this.builders.map((builder) => builder.build());
  }

  private capacityOf(spec: InputSignature) {
    return spec.shape[0] > 0 ? spec.shape[0] : this.expectedRecords;
  }

  private split(record: unknown): unknown[] {
    if (this.inputs.length === 1) {
      if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
        const value = (record as Record<string, unknown>)[this.inputs[0].name];
        if (value === undefined) throw invalidInput(`the record has no input "${this.inputs[0].name}"`);
        return [value];
      }
      if (!Array.isArray(record)) throw invalidInput(`the record must be an array of values, got ${JSON.stringify(record)}`);
      return [record];
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw invalidInput(`the record must be an object keyed by input name (${this.inputs.map((i) => i.name).join(', ')})`);
    }
    return this.inputs.map((spec) => {
      const value = (record as Record<string, unknown>)[spec.name];
      if (value === undefined) throw invalidInput(`the record has no input "${spec.name}"`);
      return value;
    });
  }
}
