import { parseCell } from '@modelserve/codecs';
import { invalidInput } from '@modelserve/common';
import { parse as parseCsvStream } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Readable } from 'node:stream';
import { readLines } from '../transform/lines';

/** A row of features: values by position (named _c0, _c1, ... or by a header) or by name. */
export type FeatureRow = unknown[] | Record<string, unknown>;

const MAX_LINE_BYTES = 16 * 1024 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A row's values flat, so that an image's pixels or a nested list count as one feature each. */
function flatRow(row: unknown): FeatureRow {
  if (Array.isArray(row)) return row.some(Array.isArray) ? (row.flat(Infinity) as unknown[]) : row;
  if (isRecord(row)) {
    const flat: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) {
      if (Array.isArray(value)) (value.flat(Infinity) as unknown[]).forEach((v, i) => (flat[`${name}_${i}`] = v));
      else flat[name] = value;
    }
    return flat;
  }
  return [row];
}

/**
 * The feature rows of a captured request, in any form the gateway accepts: CSV lines, JSON Lines, or a
 * JSON body of {"instances": rows}, {"inputs": {name: rows}} or a bare array of rows.
 */
export function capturedRows(input: { contentType: string; data: unknown }): FeatureRow[] {
  const { contentType, data } = input;
  if (typeof data === 'string') {
    if (contentType.includes('csv')) {
      return (parseCsv(data, { relax_column_count: true, skip_empty_lines: true }) as string[][]).map((cells) => cells.map(parseCell));
    }
    return data
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => flatRow(JSON.parse(line)));
  }
  if (Array.isArray(data)) return data.map(flatRow);
  if (!isRecord(data)) return [];
  if (Array.isArray(data.instances)) return data.instances.map(flatRow);
  if (isRecord(data.inputs)) {
    const named = Object.entries(data.inputs).filter(([, rows]) => Array.isArray(rows)) as [string, unknown[]][];
    const count = Math.max(0, ...named.map(([, rows]) => rows.length));
    return Array.from({ length: count }, (_, i) => flatRow(Object.fromEntries(named.map(([name, rows]) => [name, rows[i]]))));
  }
  return [];
}

/**
 * Streams the rows of a data set object: CSV (cells read as numbers where they are numbers; with
 * `header`, the first line names the features) or JSON Lines (each line an array or an object).
 * `onHeader` receives the header's names before the first row.
 */
export async function* datasetRows(
  stream: Readable,
  contentType: string,
  header: boolean,
  onHeader: (names: string[]) => void,
): AsyncGenerator<FeatureRow[]> {
  if (contentType.includes('csv')) {
    const parser = stream.pipe(parseCsvStream({ relax_column_count: true, skip_empty_lines: true, bom: true }));
    let first = header;
    let batch: FeatureRow[] = [];
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (first) {
        onHeader(cells.map((cell) => cell.trim()));
        first = false;
        continue;
      }
      batch.push(cells.map(parseCell));
      if (batch.length >= 1024) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    return;
  }
  for await (const lines of readLines(stream, { line: 0, byte: 0 }, MAX_LINE_BYTES)) {
    yield lines
      .filter((line) => line.text.trim() !== '')
      .map((line) => {
        try {
          return flatRow(JSON.parse(line.text));
        } catch {
          throw invalidInput(`line ${line.number} is not JSON`);
        }
      });
  }
}
