import { invalidInput, invalidRequest } from '@modelserve/common';
import { readCsvRows } from './csv-reader';
import { elementCount, MAX_TENSOR_ELEMENTS, numericDatatype, type DatatypeInfo, type NumericArray, type Tensor } from './datatypes';
import { DenseArray, JsonReader, NumberStore, readJson } from './json-reader';
import type { RecordFormat } from './media-types';

/** The part of a model input's signature that decoding needs. */
export interface InputSignature {
  name: string;
  /** Open Inference Protocol datatype. */
  datatype: string;
  /** -1 marks a variable dimension. */
  shape: readonly number[];
}

/** An invocation body as tensors, one per model input in signature order. */
export interface DecodedRequest {
  tensors: Tensor[];
  /** How many rows the request has along the model's batch dimension; undefined when it has none. */
  rows: number | undefined;
}

export const describeShape = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/** Where a value sits in the request, for error messages: row 3, or row 3 of input "x". */
export type Where = (row: number) => string;

/** A value as an error message shows it: short, whatever its size or depth. */
function valueText(value: unknown): string {
  if (value instanceof DenseArray) return `${value.shape[0]} values`;
  if (Array.isArray(value)) return `a list of ${value.length} values`;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number out of range';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}

/**
 * Fills one input's tensor row by row, a row being one index of its first dimension. A row may be a
 * dense array (read by readJson), nested JS arrays, or, when the row dimensions are all fixed, one flat
 * list of values in row-major order (a CSV line, or a flattened image). A row that does not fit leaves
 * the tensor as it was, so a caller that collects records one at a time can skip a bad one; the buffer
 * grows when rows outnumber the first estimate.
 */
export class TensorBuilder {
  private readonly info: DatatypeInfo;
  readonly rowDims: number[];
  readonly perRow: number;
  private data: NumericArray;
  private offset = 0;
  private rows = 0;

  constructor(
    private readonly spec: InputSignature,
    expectedRows: number,
    firstRow: unknown,
    private readonly where: Where,
  ) {
    this.info = datatypeOf(spec);
    if (spec.shape.length === 0) throw invalidInput(`input "${spec.name}" is a scalar; send it as one number`);
    this.rowDims = resolveRowDims(spec, firstRow);
    this.perRow = elementCount(this.rowDims);
    if (this.perRow * Math.max(1, expectedRows) > MAX_TENSOR_ELEMENTS) {
      throw invalidInput(
        `input "${spec.name}" of shape ${describeShape(spec.shape)} would hold more than ${MAX_TENSOR_ELEMENTS} values; no request can carry it`,
      );
    }
    this.data = this.info.allocate(Math.max(1, expectedRows) * this.perRow);
  }

  get size() {
    return this.rows;
  }

  /** A row as nested values, a dense array, or a flat list when the row dimensions are fixed. */
  addRow(row: unknown, index: number) {
    if (this.rowDims.length === 0) {
      this.appendRow(() => this.push(row, index));
      return;
    }
    if (row instanceof DenseArray) {
      const flat = row.shape.length === 1 && this.rowDims.length > 1 && row.shape[0] === this.perRow;
      if (!flat && !sameDims(row.shape, this.rowDims)) throw this.rowShapeError(index, row.shape);
      this.appendRow(() => this.pushDense(row.values(), index));
      return;
    }
    if (Array.isArray(row) && this.rowDims.length > 1 && row.length === this.perRow && row.every(isScalar)) {
      this.addFlat(row, index);
      return;
    }
    this.appendRow(() => this.fill(row, 0, index));
  }

  /** A row as a flat list of values (a CSV line), read in row-major order. */
  addFlat(values: readonly unknown[], index: number) {
    if (values.length !== this.perRow) {
      throw invalidInput(
        `input "${this.spec.name}" expects shape ${describeShape(this.spec.shape)} (${this.perRow} values per row); ${this.where(index)} has ${values.length}`,
      );
    }
    this.appendRow(() => {
      for (const value of values) this.push(value, index);
    });
  }

  /** Many rows at once from a dense array whose shape is [rows, ...row dimensions]. */
  addRows(rows: DenseArray) {
    if (!sameDims(rows.shape.slice(1), this.rowDims)) throw this.rowShapeError(0, rows.shape.slice(1));
    const values = rows.values();
    this.reserve(rows.shape[0]);
    this.pushDense(values, 0);
    this.rows += rows.shape[0];
  }

  /** Drops the last row added (when another input of the same record turned out bad). */
  dropLast() {
    this.rows--;
    this.offset -= this.perRow;
  }

  /** The tensor of the rows added so far: a view of the buffer, not a copy. */
  build(): Tensor {
    const data = this.offset === this.data.length ? this.data : this.data.subarray(0, this.offset);
    return { name: this.spec.name, datatype: this.spec.datatype, shape: [this.rows, ...this.rowDims], data };
  }

  /** The error for a row of shape `got`, where rows must have the row dimensions. */
  rowShapeError(index: number, got: readonly number[], detail = got.length === 1 ? `${got[0]} values` : `shape ${describeShape(got)}`) {
    const rowShape = describeShape(this.rowDims);
    return invalidInput(
      `input "${this.spec.name}" expects shape ${describeShape(this.spec.shape)} (rows of shape ${rowShape}); ${this.where(index)} has ${detail}`,
    );
  }

  private appendRow(fill: () => void) {
    this.reserve(1);
    const start = this.offset;
    try {
      fill();
    } catch (error) {
      this.offset = start;
      throw error;
    }
    this.rows++;
  }

  private reserve(rows: number) {
    const needed = this.offset + rows * this.perRow;
    if (needed <= this.data.length) return;
    const larger = this.info.allocate(Math.max(needed, 2 * this.data.length, this.perRow * 64));
    larger.set(this.data as never);
    this.data = larger;
  }

  private fill(value: unknown, depth: number, index: number) {
    if (depth === this.rowDims.length) {
      this.push(value, index);
      return;
    }
    if (value instanceof DenseArray && sameDims(value.shape, this.rowDims.slice(depth))) {
      this.pushDense(value.values(), index);
      return;
    }
    if (!Array.isArray(value) || value.length !== this.rowDims[depth]) {
      const got = Array.isArray(value) ? `${value.length} values` : valueText(value);
      throw invalidInput(
        `input "${this.spec.name}" expects shape ${describeShape(this.spec.shape)} (rows of shape ${describeShape(this.rowDims)}); ${this.where(index)} has ${got} at depth ${depth + 1}`,
      );
    }
    for (const item of value) this.fill(item, depth + 1, index);
  }

  /** Numbers from a dense array, checked for the datatype; `firstRow` numbers the rows in errors. */
  private pushDense(values: Float64Array, firstRow: number) {
    const data = this.data;
    const start = this.offset;
    const info = this.info;
    if (info.kind === 'float') {
      // Written numbers are finite: one the type cannot hold (1e400, or 1e39 for FP32) is refused, not made Infinity.
      const { min, max } = info;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!(value >= min && value <= max)) throw this.typeError(value, firstRow + Math.floor(i / this.perRow));
      }
      (data as Float32Array).set(values, start);
      this.offset += values.length;
      return;
    }
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (!fitsDatatype(info, value)) {
        this.offset = start;
        throw this.typeError(value, firstRow + Math.floor(i / this.perRow));
      }
      data[start + i] = (info.kind === 'bigint' ? BigInt(value) : value) as never;
    }
    this.offset += values.length;
  }

  private push(raw: unknown, index: number) {
    const value = typeof raw === 'string' ? parseCell(raw) : raw;
    const info = this.info;
    if (info.kind === 'bool') {
      if (typeof value === 'boolean' || value === 0 || value === 1) {
        this.data[this.offset++] = value ? 1 : 0;
        return;
      }
    } else if (typeof value === 'number' && fitsDatatype(info, value)) {
      this.data[this.offset++] = (info.kind === 'bigint' ? BigInt(value) : value) as never;
      return;
    }
    throw this.typeError(raw, index);
  }

  private typeError(value: unknown, index: number) {
    const range =
      this.info.kind === 'int' || this.info.kind === 'bigint'
        ? ` (integers from ${this.info.min} to ${this.info.max})`
        : this.info.kind === 'float' && typeof value === 'number'
          ? ` (numbers of magnitude up to ${this.info.max.toPrecision(4)})`
          : '';
    return invalidInput(
      `input "${this.spec.name}" takes ${this.spec.datatype} values${range}; ${this.where(index)} has ${valueText(value)}`,
    );
  }
}

function fitsDatatype(info: DatatypeInfo, value: number): boolean {
  switch (info.kind) {
    case 'float':
      return true;
    case 'bool':
      return value === 0 || value === 1;
    default:
      return Number.isInteger(value) && value >= info.min && value <= info.max;
  }
}

const isScalar = (value: unknown) => typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean';

function sameDims(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}

function datatypeOf(spec: InputSignature): DatatypeInfo {
  const info = numericDatatype(spec.datatype);
  if (!info) throw invalidInput(`input "${spec.name}" has datatype ${spec.datatype}, which cannot be sent as JSON or CSV numbers`);
  return info;
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

/**
 * Fixed dimensions come from the signature; variable ones (-1) from the first row. A row given flat
 * (one list of values) fits only when every row dimension is fixed.
 */
function resolveRowDims(spec: InputSignature, firstRow: unknown): number[] {
  const dims = spec.shape.slice(1);
  if (dims.every((dim) => dim > 0)) return dims;
  const probeShape =
    firstRow instanceof DenseArray ? firstRow.shape : Array.isArray(firstRow) ? nestedShape(firstRow, dims.length) : ([] as number[]);
  return dims.map((dim, depth) => {
    if (dim > 0) return dim;
    const found = probeShape[depth];
    if (found === undefined) {
      throw invalidInput(
        `input "${spec.name}" expects shape ${describeShape(spec.shape)}; the first row does not say the size of a variable dimension`,
      );
    }
    return found;
  });
}

/** The lengths along the first elements of nested arrays, `depth` levels deep at most. */
function nestedShape(value: unknown, depth: number): number[] {
  const shape: number[] = [];
  let probe = value;
  while (shape.length < depth) {
    if (probe instanceof DenseArray) return [...shape, ...probe.shape];
    if (!Array.isArray(probe)) break;
    shape.push(probe.length);
    probe = probe[0];
  }
  return shape;
}

/**
 * One input's whole tensor from a JSON value: a number for a scalar input, otherwise rows along its
 * first dimension (nested arrays, a dense array, or flat rows).
 */
function tensorFromValue(spec: InputSignature, value: unknown, where: Where): Tensor {
  if (spec.shape.length === 0) return scalarTensor(spec, value);
  if (value instanceof DenseArray) {
    checkFirstDimension(spec, value.shape[0]);
    if (value.shape[0] === 0) throw invalidInput(`input "${spec.name}" has no rows`);
    const builder = new TensorBuilder(spec, value.shape[0], value.first(), where);
    if (sameDims(value.shape.slice(1), builder.rowDims)) {
      builder.addRows(value);
    } else if (value.shape.length === 2 && value.shape[1] === builder.perRow && builder.rowDims.length > 1) {
      builder.addRows(value.reshape([value.shape[0], ...builder.rowDims]));
    } else {
      throw builder.rowShapeError(0, value.shape.slice(1), value.shape.length === 1 ? valueText(value.first()) : undefined);
    }
    return builder.build();
  }
  if (!Array.isArray(value)) {
    throw invalidInput(`input "${spec.name}" expects shape ${describeShape(spec.shape)}: an array of rows, got ${valueText(value)}`);
  }
  if (value.length === 0) throw invalidInput(`input "${spec.name}" has no rows`);
  checkFirstDimension(spec, value.length);
  const builder = new TensorBuilder(spec, value.length, value[0], where);
  value.forEach((row, index) => builder.addRow(row, index));
  return builder.build();
}

function checkFirstDimension(spec: InputSignature, rows: number) {
  if (spec.shape[0] > 0 && spec.shape[0] !== rows) {
    throw invalidInput(`input "${spec.name}" expects shape ${describeShape(spec.shape)}: exactly ${spec.shape[0]} row(s), got ${rows}`);
  }
}

/** A scalar input: one number (a list of exactly one number is taken too). */
function scalarTensor(spec: InputSignature, value: unknown): Tensor {
  const info = datatypeOf(spec);
  let single = value;
  if (value instanceof DenseArray && value.size === 1) single = value.values()[0];
  else if (Array.isArray(value) && value.length === 1) single = value[0];
  const builder = { data: info.allocate(1) };
  const number = typeof single === 'string' ? parseCell(single) : single;
  const ok =
    info.kind === 'bool'
      ? typeof number === 'boolean' || number === 0 || number === 1
      : typeof number === 'number' && fitsDatatype(info, number);
  if (!ok) throw invalidInput(`input "${spec.name}" is a scalar of ${spec.datatype}; send one number, got ${valueText(value)}`);
  builder.data[0] = (info.kind === 'bigint' ? BigInt(number as number) : Number(number)) as never;
  return { name: spec.name, datatype: spec.datatype, shape: [], data: builder.data };
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
const inputWhere =
  (name: string): Where =>
  (row) =>
    `row ${row + 1} of input "${name}"`;

const isRecordObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof DenseArray);

/** Rows of objects keyed by input name: one tensor per input. */
function namedRowsToTensors(inputs: readonly InputSignature[], rows: readonly unknown[], lineWhere?: Where): Tensor[] {
  rows.forEach((row, index) => {
    if (!isRecordObject(row)) {
      throw invalidInput(
        `${lineWhere ? lineWhere(index) : `row ${index + 1}`} must be an object keyed by input name (${inputs.map((i) => i.name).join(', ')})`,
      );
    }
  });
  return inputs.map((spec) => {
    const column = rows.map((row, index) => {
      const value = (row as Record<string, unknown>)[spec.name];
      if (value === undefined) throw invalidInput(`${lineWhere ? lineWhere(index) : `row ${index + 1}`} is missing input "${spec.name}"`);
      return value;
    });
    return rowsToTensor(spec, column, lineWhere ?? inputWhere(spec.name));
  });
}

/** A tensor from a list of rows, each a JSON value. */
function rowsToTensor(spec: InputSignature, rows: readonly unknown[], where: Where): Tensor {
  if (rows.length === 0) throw invalidInput(`input "${spec.name}" has no rows`);
  checkFirstDimension(spec, rows.length);
  const builder = new TensorBuilder(spec, rows.length, rows[0], where);
  rows.forEach((row, index) => builder.addRow(row, index));
  return builder.build();
}

function decodeJson(body: unknown, inputs: readonly InputSignature[]): Tensor[] {
  if (Array.isArray(body) || body instanceof DenseArray)
    return [tensorFromValue(singleInput(inputs, 'a bare array of rows'), body, rowWhere)];
  if (!isRecordObject(body)) {
    throw invalidRequest('the JSON body must be {"instances": [...]}, {"inputs": {...}} or an array of rows');
  }
  const { instances, inputs: named } = body;
  if (instances !== undefined) {
    if (!Array.isArray(instances) && !(instances instanceof DenseArray)) throw invalidRequest('"instances" must be an array of rows');
    if (inputs.length > 1) return namedRowsToTensors(inputs, instances instanceof DenseArray ? [instances] : instances);
    return [tensorFromValue(inputs[0], instances, rowWhere)];
  }
  if (named !== undefined) {
    if (!isRecordObject(named)) throw invalidRequest('"inputs" must be an object keyed by input name');
    const unknown = Object.keys(named).filter((name) => !inputs.some((spec) => spec.name === name));
    if (unknown.length) {
      throw invalidInput(
        `unknown input ${unknown.map((n) => `"${n}"`).join(', ')}; the model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`,
      );
    }
    return inputs.map((spec) => {
      const value = named[spec.name];
      if (value === undefined) throw invalidInput(`input "${spec.name}" is missing`);
      return tensorFromValue(spec, value, inputWhere(spec.name));
    });
  }
  throw invalidRequest('the JSON body must have "instances" or "inputs", or be an array of rows');
}

function decodeCsv(body: Uint8Array, inputs: readonly InputSignature[]): Tensor[] {
  const spec = singleInput(inputs, 'CSV');
  const info = datatypeOf(spec);
  // A CSV row is flat: its variable dimension, if any, is the row's length.
  if (spec.shape.length === 0) throw invalidInput(`input "${spec.name}" is a scalar, which CSV rows cannot express; send JSON`);
  const rowDims = spec.shape.slice(1);
  const variable = rowDims.filter((dim) => dim < 0).length;
  if (variable > 1 || (variable === 1 && rowDims.length !== 1)) {
    throw invalidInput(`input "${spec.name}" has shape ${describeShape(spec.shape)}, which CSV rows cannot express; send JSON`);
  }
  const perRowText = (width: number) => `input "${spec.name}" expects shape ${describeShape(spec.shape)} (${width} values per row)`;
  const csv = readCsvRows(body, {
    width: variable ? undefined : elementCount(rowDims),
    text: (cell, line) => {
      const value = parseCell(cell);
      if (typeof value === 'number') return value;
      if (typeof value === 'boolean' && info.kind === 'bool') return value ? 1 : 0;
      throw invalidInput(`input "${spec.name}" takes ${spec.datatype} values; line ${line + 1} has ${JSON.stringify(cell)}`);
    },
    tooWide: (line, width) => invalidInput(`${perRowText(width)}; line ${line + 1} has more than ${width}`),
    tooNarrow: (line, width, cells) => invalidInput(`${perRowText(width)}; line ${line + 1} has ${cells}`),
  });
  if (csv.rows === 0) throw invalidInput('the CSV body has no rows');
  checkFirstDimension(spec, csv.rows);
  const dims = variable ? [csv.width] : rowDims;
  const rows = DenseArray.of(csv.values, [csv.rows, ...dims]);
  const builder = new TensorBuilder(spec, csv.rows, rows.first(), (row) => `line ${csv.lineOfRow[row] + 1}`);
  builder.addRows(rows);
  return [builder.build()];
}

function decodeJsonLines(body: Uint8Array, inputs: readonly InputSignature[]): Tensor[] {
  const rows: unknown[] = [];
  const lines: number[] = [];
  scratch.count = 0;
  const reader = new JsonReader(body, scratch);
  let start = 0;
  let line = 0;
  while (start <= body.length) {
    let end = body.indexOf(0x0a, start);
    if (end < 0) end = body.length;
    if (!isBlank(body, start, end)) {
      try {
        rows.push(reader.document(start, end));
      } catch {
        throw invalidRequest(`line ${line + 1} of the JSON Lines body is not valid JSON`);
      }
      lines.push(line);
    }
    start = end + 1;
    line++;
  }
  if (rows.length === 0) throw invalidInput('the JSON Lines body has no rows');
  const lineWhere: Where = (row) => `line ${lines[row] + 1}`;
  if (inputs.length > 1 || isRecordObject(rows[0])) return namedRowsToTensors(inputs, rows, lineWhere);
  return [rowsToTensor(inputs[0], rows, lineWhere)];
}

function isBlank(bytes: Uint8Array, start: number, end: number) {
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * The numbers of the body being decoded. Decoding is synchronous and copies every number into the
 * request's tensors before it returns, so one store serves every request of the process.
 */
const scratch = new NumberStore();

/**
 * How many rows a request has along the batch dimension: the first dimension of the first input whose
 * first dimension the model leaves variable, or, for a model with a fixed batch, of its first input
 * that has dimensions. A model whose inputs are all scalars has no rows.
 */
export function rowsOf(inputs: readonly InputSignature[], tensors: readonly Tensor[]): number | undefined {
  let index = inputs.findIndex((spec) => spec.shape.length > 0 && spec.shape[0] < 0);
  if (index < 0) index = inputs.findIndex((spec) => spec.shape.length > 0);
  return index < 0 ? undefined : tensors[index].shape[0];
}

/**
 * Turns an invocation body into one tensor per model input, checked against the model's signature.
 * Bodies arrive as bytes; JSON is read without building nested arrays of numbers.
 */
export function decodeRequest(format: RecordFormat, body: unknown, inputs: readonly InputSignature[]): DecodedRequest {
  const bytes = asBytes(body);
  let tensors: Tensor[];
  switch (format) {
    case 'json':
      tensors = decodeJson(readJson(bytes, scratch), inputs);
      break;
    case 'csv':
      tensors = decodeCsv(bytes, inputs);
      break;
    case 'jsonlines':
      tensors = decodeJsonLines(bytes, inputs);
      break;
  }
  return { tensors, rows: rowsOf(inputs, tensors) };
}

function asBytes(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body);
  throw invalidRequest('the request has no body');
}
