import { invalidInput, invalidRequest } from '@modelserve/common';
import type { TensorSignature } from '@modelserve/onnx';
import { parse as parseCsv } from 'csv-parse/sync';
import { elementCount, numericDatatype, type NumericArray, type Tensor } from './datatypes';
import type { RecordFormat } from './media-types';

/** The part of a model's signature that decoding needs. */
export type InputSignature = Pick<TensorSignature, 'name' | 'datatype' | 'shape'>;

const describeShape = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/** Where a value sits in the request, for error messages: row 3, or row 3 of input "x". */
export type Where = (row: number) => string;

/**
 * Fills one input's tensor row by row. A row that does not fit leaves the tensor as it was, so a
 * caller that collects records one at a time can skip a bad one; the buffer grows when rows outnumber
 * the first estimate.
 */
export class TensorBuilder {
  private readonly info;
  private readonly rowDims: number[];
  private readonly perRow: number;
  private data: NumericArray;
  private offset = 0;
  private rows = 0;

  constructor(
    private readonly spec: InputSignature,
    batch: number,
    firstRow: unknown,
    private readonly where: Where,
  ) {
    const info = numericDatatype(spec.datatype);
    if (!info) throw invalidInput(`input "${spec.name}" has datatype ${spec.datatype}, which cannot be sent as JSON or CSV numbers`);
    this.info = info;
    if (spec.shape.length === 0) throw invalidInput(`input "${spec.name}" is a scalar; it takes no rows`);
    if (spec.shape[0] > 0 && spec.shape[0] !== batch) {
      throw invalidInput(`input "${spec.name}" expects shape ${describeShape(spec.shape)}: exactly ${spec.shape[0]} row(s), got ${batch}`);
    }
    this.rowDims = resolveRowDims(spec, firstRow);
    this.perRow = elementCount(this.rowDims);
    this.data = info.allocate(batch * this.perRow);
  }

  get size() {
    return this.rows;
  }

  /** A row as nested arrays (JSON). */
  addNested(row: unknown, index: number) {
    this.addRow(() => this.fill(row, 0, index));
  }

  /** A row as a flat list of values (CSV), read in row-major order. */
  addFlat(values: readonly unknown[], index: number) {
    if (values.length !== this.perRow) {
      throw invalidInput(
        `input "${this.spec.name}" expects shape ${describeShape(this.spec.shape)} (${this.perRow} values per row); ${this.where(index)} has ${values.length}`,
      );
    }
    this.addRow(() => {
      for (const value of values) this.push(value, index);
    });
  }

  /** Drops the last row added (when another input of the same record turned out bad). */
  dropLast() {
    this.rows--;
    this.offset -= this.perRow;
  }

  private addRow(fill: () => void) {
    if (this.offset + this.perRow > this.data.length) this.grow();
    const start = this.offset;
    try {
      fill();
    } catch (error) {
      this.offset = start;
      throw error;
    }
    this.rows++;
  }

  private grow() {
    const larger = this.info.allocate(Math.max(2 * this.data.length, this.perRow * 64));
    larger.set(this.data as never);
    this.data = larger;
  }

  /** The tensor of the rows added so far: a view of the buffer, not a copy. */
  build(): Tensor {
    const data = this.offset === this.data.length ? this.data : this.data.subarray(0, this.offset);
    return { name: this.spec.name, datatype: this.spec.datatype, shape: [this.rows, ...this.rowDims], data };
  }

  private fill(value: unknown, depth: number, index: number) {
    if (depth === this.rowDims.length) {
      this.push(value, index);
      return;
    }
    if (!Array.isArray(value) || value.length !== this.rowDims[depth]) {
      const got = Array.isArray(value) ? `${value.length} values` : (JSON.stringify(value) ?? 'nothing');
      throw invalidInput(
        `input "${this.spec.name}" expects shape ${describeShape(this.spec.shape)} (rows of shape ${describeShape(this.rowDims)}); ${this.where(index)} has ${got} at depth ${depth + 1}`,
      );
    }
    for (const item of value) this.fill(item, depth + 1, index);
  }

  private push(raw: unknown, index: number) {
    const value = typeof raw === 'string' ? parseCell(raw) : raw;
    const data = this.data;
    switch (this.info.kind) {
      case 'float':
        if (typeof value !== 'number') break;
        data[this.offset++] = value;
        return;
      case 'int':
        if (!Number.isInteger(value)) break;
        data[this.offset++] = value as number;
        return;
      case 'bigint':
        if (!Number.isInteger(value)) break;
        data[this.offset++] = BigInt(value as number) as never;
        return;
      case 'bool':
        if (typeof value !== 'boolean' && value !== 0 && value !== 1) break;
        data[this.offset++] = value ? 1 : 0;
        return;
    }
    throw invalidInput(
      `input "${this.spec.name}" takes ${this.spec.datatype} values; ${this.where(index)} has ${JSON.stringify(raw) ?? 'nothing'}`,
    );
  }
}

/** A CSV cell: a number, or true/false; anything else stays a string and is rejected by the type check. */
export function parseCell(cell: string): unknown {
  // Fast path for a plain number (no surrounding blanks, which Number() would also accept as 0).
  if (cell.length > 0 && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) {
    const value = Number(cell);
    if (!Number.isNaN(value)) return value;
  }
  const text = cell.trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  const value = Number(text);
  return text === '' || Number.isNaN(value) ? cell : value;
}

/** Fixed dimensions come from the signature; variable ones (-1) from the first row. */
function resolveRowDims(spec: InputSignature, firstRow: unknown): number[] {
  const dims = spec.shape.slice(1);
  let probe = firstRow;
  return dims.map((dim) => {
    const found = Array.isArray(probe) ? probe.length : -1;
    probe = Array.isArray(probe) ? probe[0] : undefined;
    if (dim > 0) return dim;
    if (found < 0)
      throw invalidInput(
        `input "${spec.name}" expects shape ${describeShape(spec.shape)}; the first row does not say the size of a variable dimension`,
      );
    return found;
  });
}

function rowsToTensor(spec: InputSignature, rows: readonly unknown[], where: Where): Tensor {
  if (rows.length === 0) throw invalidInput(`input "${spec.name}" has no rows`);
  const builder = new TensorBuilder(spec, rows.length, rows[0], where);
  rows.forEach((row, index) => builder.addNested(row, index));
  return builder.build();
}

function singleInput(inputs: readonly InputSignature[], form: string): InputSignature {
  if (inputs.length !== 1) {
    throw invalidInput(
      `${form} fits a model with one input; this model has ${inputs.length} (${inputs.map((i) => i.name).join(', ')}): send {"inputs": {name: rows}}`,
    );
  }
  return inputs[0];
}

const rowWhere: Where = (row) => `row ${row + 1}`;

/** Rows of objects keyed by input name: one tensor per input. */
function namedRowsToTensors(inputs: readonly InputSignature[], rows: readonly unknown[]): Tensor[] {
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw invalidInput(`row ${index + 1} must be an object keyed by input name (${inputs.map((i) => i.name).join(', ')})`);
    }
  });
  return inputs.map((spec) => {
    const column = rows.map((row, index) => {
      const value = (row as Record<string, unknown>)[spec.name];
      if (value === undefined) throw invalidInput(`row ${index + 1} is missing input "${spec.name}"`);
      return value;
    });
    return rowsToTensor(spec, column, (row) => `row ${row + 1} of input "${spec.name}"`);
  });
}

function decodeJson(body: unknown, inputs: readonly InputSignature[]): Tensor[] {
  if (Array.isArray(body)) return [rowsToTensor(singleInput(inputs, 'a bare array of rows'), body, rowWhere)];
  if (typeof body !== 'object' || body === null) {
    throw invalidRequest('the JSON body must be {"instances": [...]}, {"inputs": {...}} or an array of rows');
  }
  const { instances, inputs: named } = body as { instances?: unknown; inputs?: unknown };
  if (instances !== undefined) {
    if (!Array.isArray(instances)) throw invalidRequest('"instances" must be an array of rows');
    if (inputs.length > 1) return namedRowsToTensors(inputs, instances);
    return [rowsToTensor(inputs[0], instances, rowWhere)];
  }
  if (named !== undefined) {
    if (typeof named !== 'object' || named === null || Array.isArray(named)) {
      throw invalidRequest('"inputs" must be an object keyed by input name');
    }
    const given = named as Record<string, unknown>;
    const unknown = Object.keys(given).filter((name) => !inputs.some((spec) => spec.name === name));
    if (unknown.length)
      throw invalidInput(
        `unknown input ${unknown.map((n) => `"${n}"`).join(', ')}; the model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`,
      );
    return inputs.map((spec) => {
      const value = given[spec.name];
      if (!Array.isArray(value)) throw invalidInput(`input "${spec.name}" is missing or not an array of rows`);
      return rowsToTensor(spec, value, (row) => `row ${row + 1} of input "${spec.name}"`);
    });
  }
  throw invalidRequest('the JSON body must have "instances" or "inputs", or be an array of rows');
}

function decodeCsv(body: Buffer | string, inputs: readonly InputSignature[]): Tensor[] {
  const spec = singleInput(inputs, 'CSV');
  let records: string[][];
  try {
    records = parseCsv(body, { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw invalidRequest(`the CSV body cannot be parsed: ${(error as Error).message}`);
  }
  if (records.length === 0) throw invalidInput('the CSV body has no rows');
  // A CSV row is flat: its variable dimension, if any, is the row's length.
  const first = spec.shape.length === 2 && spec.shape[1] < 0 ? records[0] : undefined;
  const builder = new TensorBuilder(spec, records.length, first ?? nestedProbe(spec), (row) => `line ${row + 1}`);
  records.forEach((record, index) => builder.addFlat(record, index));
  return [builder.build()];
}

/** A stand-in first row for signatures whose row dimensions are all fixed. */
function nestedProbe(spec: InputSignature): unknown {
  if (spec.shape.slice(1).some((dim) => dim < 0)) {
    throw invalidInput(`input "${spec.name}" has shape ${describeShape(spec.shape)}, which CSV rows cannot express; send JSON`);
  }
  return undefined;
}

function decodeJsonLines(body: Buffer | string, inputs: readonly InputSignature[]): Tensor[] {
  const rows: unknown[] = [];
  const lines = body.toString().split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line));
    } catch {
      throw invalidRequest(`line ${index + 1} of the JSON Lines body is not valid JSON`);
    }
  });
  if (rows.length === 0) throw invalidInput('the JSON Lines body has no rows');
  if (inputs.length > 1 || (rows[0] !== null && typeof rows[0] === 'object' && !Array.isArray(rows[0]))) {
    return namedRowsToTensors(inputs, rows);
  }
  return [rowsToTensor(inputs[0], rows, (row) => `line ${row + 1}`)];
}

/**
 * Turns an invocation body into one tensor per model input, checked against the model's signature.
 * JSON arrives already parsed; CSV and JSON Lines arrive as bytes.
 */
export function decodeRequest(format: RecordFormat, body: unknown, inputs: readonly InputSignature[]): Tensor[] {
  switch (format) {
    case 'json':
      return decodeJson(body, inputs);
    case 'csv':
      return decodeCsv(asText(body), inputs);
    case 'jsonlines':
      return decodeJsonLines(asText(body), inputs);
  }
}

function asText(body: unknown): Buffer | string {
  if (Buffer.isBuffer(body) || typeof body === 'string') return body;
  throw invalidRequest('the request has no body');
}
