import { AppError } from '@modelserve/common';
import type { Tensor } from './datatypes';
import type { RecordFormat } from './media-types';
import { describeShape, type InputSignature } from './request-decoder';

/** An output tensor plus, for probability outputs rewritten from ZipMap, the class of each column. */
export interface OutputTensor extends Tensor {
  classLabels?: readonly string[];
}

/** What the encoder needs of a model's signature to tell per-row outputs from whole ones. */
export interface SignatureShapes {
  inputs: readonly Pick<InputSignature, 'shape'>[];
  outputs: readonly { name: string; shape: readonly number[] }[];
}

/**
 * Which outputs have one entry per request row, and so are answered row by row; the others are
 * answered whole. An output has one entry per row when its first dimension equals the request's
 * rows and the model declares that dimension variable, as its batch dimension is (or fixed to the
 * same size, for a model whose batch is fixed). A state of shape [layers, batch, hidden] is whole.
 */
export function rowOutputs(outputs: readonly Tensor[], rows: number | undefined, signature?: SignatureShapes): boolean[] {
  const variableBatch = signature ? signature.inputs.some((spec) => spec.shape.length > 0 && spec.shape[0] < 0) : true;
  return outputs.map((output) => {
    if (rows === undefined || output.shape.length === 0 || output.shape[0] !== rows) return false;
    const declared = signature?.outputs.find((spec) => spec.name === output.name)?.shape;
    if (!declared || declared.length === 0 || declared[0] < 0) return true;
    return !variableBatch && declared[0] === rows;
  });
}

const POWERS_OF_TEN = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);

/** The digits found by shortestDigits: the value is ±digits·10^-shift. Module slots: finding them allocates nothing. */
let foundDigits = 0;
let foundShift = 0;

/**
 * The shortest decimal that reads back as the same float32 (0.1, not 0.10000000149011612), as an
 * integer of at most nine digits and a decimal shift; false when the value needs the slow path.
 *
 * A float32 needs 6 to 9 significant digits. For each length p, |v| scaled by 10^k (k = p - 1 - the
 * decimal exponent of v) and rounded gives the p-digit candidate n; n / 10^k is the double nearest to
 * n·10^-k, exactly (n < 2^53 and |k| <= 22). The first candidate that converts back to v is the answer.
 * The scaling is one rounding off, far inside the float32 interval, so at worst a tie between two
 * equally short decimals can go the other way; either reads back as v. Values too small or large for
 * exact powers of ten take toPrecision.
 */
function shortestDigits(magnitude: number, value: number): boolean {
  let exponent = Math.floor(Math.log10(magnitude));
  for (let digits = 6; digits <= 9; digits++) {
    let k = digits - 1 - exponent;
    if (k < -22 || k > 22) return false;
    let scaled = k >= 0 ? magnitude * POWERS_OF_TEN[k] : magnitude / POWERS_OF_TEN[-k];
    // log10 can land one off near powers of ten: keep the candidate at exactly `digits` digits.
    if (scaled >= POWERS_OF_TEN[digits] || scaled < POWERS_OF_TEN[digits - 1]) {
      exponent += scaled >= POWERS_OF_TEN[digits] ? 1 : -1;
      k = digits - 1 - exponent;
      if (k < -22 || k > 22) return false;
      scaled = k >= 0 ? magnitude * POWERS_OF_TEN[k] : magnitude / POWERS_OF_TEN[-k];
    }
    const n = Math.round(scaled);
    const candidate = k >= 0 ? n / POWERS_OF_TEN[k] : n * POWERS_OF_TEN[-k];
    if (Math.fround(value < 0 ? -candidate : candidate) === value) {
      foundDigits = n;
      foundShift = k;
      return true;
    }
  }
  return false;
}

/** The shortest decimal that reads back as the same float32, as the double nearest to it (whose printing is those digits). */
export function float32Number(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.abs(value);
  if (!shortestDigits(magnitude, value)) return float32ByPrecision(value);
  const candidate = foundShift >= 0 ? foundDigits / POWERS_OF_TEN[foundShift] : foundDigits * POWERS_OF_TEN[-foundShift];
  return value < 0 ? -candidate : candidate;
}

/**
 * String(float32Number(value)), written from the digits directly: printing a double is the slowest
 * step of encoding an answer, and the digits are already known. Follows ECMAScript's Number::toString
 * layout (plain up to 21 integer digits and down to 1e-7, exponent form beyond).
 */
export function float32Text(value: number): string {
  if (!Number.isFinite(value) || value === 0) return String(value);
  const magnitude = Math.abs(value);
  if (!shortestDigits(magnitude, value)) return String(float32ByPrecision(value));
  let digits = foundDigits;
  let shift = foundShift;
  while (digits % 10 === 0) {
    digits /= 10;
    shift--;
  }
  const text = String(digits);
  const length = text.length;
  // The decimal point sits after `point` digits: value = 0.text × 10^point.
  const point = length - shift;
  const sign = value < 0 ? '-' : '';
  if (length <= point && point <= 21) return sign + text + '0'.repeat(point - length);
  if (0 < point && point <= 21) return `${sign}${text.slice(0, point)}.${text.slice(point)}`;
  if (-6 < point && point <= 0) return `${sign}0.${'0'.repeat(-point)}${text}`;
  const exponent = point - 1;
  const mantissa = length === 1 ? text : `${text[0]}.${text.slice(1)}`;
  return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

/** The same by toPrecision: exact for every float32, and slower. */
export function float32ByPrecision(value: number): number {
  for (let digits = 6; digits < 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return Number(value.toPrecision(9));
}

/** One element as a JS value. JSON has no NaN or Infinity: a model that emits them gets null. */
function scalar(tensor: Tensor, index: number): number | string | boolean | null {
  const value = tensor.data[index];
  switch (tensor.datatype) {
    case 'FP32':
    case 'FP16':
      return finiteOrNull(float32Number(value as number));
    case 'FP64':
      return finiteOrNull(value as number);
    case 'INT64':
    case 'UINT64':
      return Number(value);
    case 'BOOL':
      return value === 1;
    default:
      return value as number | string;
  }
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

const elementsPerIndex = (shape: readonly number[], from: number) => {
  let count = 1;
  for (let i = from; i < shape.length; i++) count *= shape[i];
  return count;
};

/** The same, as JS values. */
function nestedValue(tensor: OutputTensor, start: number, dims: readonly number[]): unknown {
  const labels = tensor.classLabels;
  if (labels?.length && dims.length === 1 && dims[0] === labels.length) {
    const byClass: Record<string, unknown> = {};
    labels.forEach((label, column) => (byClass[label] = scalar(tensor, start + column)));
    return byClass;
  }
  if (dims.length === 0) return scalar(tensor, start);
  let index = start;
  const nest = (depth: number): unknown[] => {
    const out = new Array<unknown>(dims[depth]);
    for (let i = 0; i < dims[depth]; i++) out[i] = depth === dims.length - 1 ? scalar(tensor, index++) : nest(depth + 1);
    return out;
  };
  return nest(0);
}

const rowValue = (tensor: OutputTensor, row: number) => nestedValue(tensor, row * elementsPerIndex(tensor.shape, 1), tensor.shape.slice(1));

/** A value as a CSV cell, quoted when it must be. */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The outputs of a response laid out: those answered per row, and those answered whole. */
interface Layout {
  rows: number;
  perRow: OutputTensor[];
  whole: OutputTensor[];
  /** Predictions are keyed by output name when the model has more than one output. */
  keyed: boolean;
}

function layoutOf(outputs: readonly OutputTensor[], rows: number | undefined, signature?: SignatureShapes): Layout {
  const split = rowOutputs(outputs, rows, signature);
  const perRow = outputs.filter((_, i) => split[i]);
  return { rows: perRow.length ? rows! : 0, perRow, whole: outputs.filter((_, i) => !split[i]), keyed: outputs.length > 1 };
}

/** The rows of a batch of outputs, when every output has one entry per row (batch jobs). */
export function batchSize(outputs: readonly Tensor[]): number {
  return outputs[0]?.shape[0] ?? 0;
}

/** The prediction of each row: the output's row value for a single-output model, an object keyed by output name otherwise. */
export function predictionsOf(outputs: readonly OutputTensor[]): unknown[] {
  const rows = batchSize(outputs);
  const predictions = new Array<unknown>(rows);
  for (let row = 0; row < rows; row++) {
    if (outputs.length === 1) {
      predictions[row] = rowValue(outputs[0], row);
    } else {
      const byOutput: Record<string, unknown> = {};
      for (const output of outputs) byOutput[output.name] = rowValue(output, row);
      predictions[row] = byOutput;
    }
  }
  return predictions;
}

/** The CSV cells of one row's prediction: each output's values in order. */
export function predictionCells(outputs: readonly OutputTensor[], row: number): unknown[] {
  const cells: unknown[] = [];
  for (const output of outputs) {
    const perRow = elementsPerIndex(output.shape, 1);
    for (let i = 0; i < perRow; i++) cells.push(scalar(output, row * perRow + i));
  }
  return cells;
}

function notAcceptable(format: RecordFormat, layout: Layout): AppError {
  const output = layout.whole[0];
  return new AppError(
    'NotAcceptable',
    `output "${output.name}" has shape ${describeShape(output.shape)}, which is not one entry per input row, so ` +
      `${format === 'csv' ? 'CSV' : 'JSON Lines'} cannot carry it; ask for application/json`,
  );
}

/** Bytes of an answer, written straight from typed arrays: no string per value, no nested arrays. */
class AnswerWriter {
  private buffer = Buffer.allocUnsafe(1024);
  private pos = 0;

  private reserve(bytes: number) {
    if (this.pos + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.pos + bytes));
    this.buffer.copy(larger, 0, 0, this.pos);
    this.buffer = larger;
  }

  byte(code: number) {
    this.reserve(1);
    this.buffer[this.pos++] = code;
  }

  text(text: string) {
    this.reserve(text.length * 3);
    if (text.length < 64) {
      // Short ASCII (keys, literals, numbers) byte by byte: cheaper than a call into the UTF-8 encoder.
      let i = 0;
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) break;
        this.buffer[this.pos + i] = code;
      }
      if (i === text.length) {
        this.pos += i;
        return;
      }
    }
    this.pos += this.buffer.write(text, this.pos, 'utf8');
  }

  /** The digits of a non-negative integer below 2^53. */
  integer(value: number) {
    let digits = 1;
    for (let limit = 10; value >= limit && digits < 16; limit *= 10) digits++;
    this.reserve(digits);
    for (let i = digits - 1; i >= 0; i--) {
      this.buffer[this.pos + i] = 0x30 + (value % 10);
      value = Math.floor(value / 10);
    }
    this.pos += digits;
  }

  /** A float32 as float32Text prints it, written as bytes. */
  float32(value: number) {
    if (!Number.isFinite(value)) return this.text('null');
    const magnitude = Math.abs(value);
    if (value === 0 || !shortestDigits(magnitude, value)) return this.text(String(float32Number(value)));
    let digits = foundDigits;
    let shift = foundShift;
    while (digits % 10 === 0) {
      digits /= 10;
      shift--;
    }
    let length = 1;
    for (let limit = 10; digits >= limit; limit *= 10) length++;
    const point = length - shift;
    // Only the plain layouts are written here; exponent forms (below 1e-6, from 1e21) take the string path.
    if (point > 21 || point <= -6) return this.text(float32Text(value));
    this.reserve(length + 10 + Math.max(0, -point, point - length));
    if (value < 0) this.buffer[this.pos++] = 0x2d;
    if (point <= 0) {
      this.buffer[this.pos++] = 0x30;
      this.buffer[this.pos++] = 0x2e;
      for (let i = 0; i < -point; i++) this.buffer[this.pos++] = 0x30;
      this.integer(digits);
      return;
    }
    if (point >= length) {
      this.integer(digits);
      for (let i = length; i < point; i++) this.buffer[this.pos++] = 0x30;
      return;
    }
    // Digits on both sides of the point: write them all, then open the gap for '.'.
    const start = this.pos;
    this.integer(digits);
    this.buffer.copyWithin(start + point + 1, start + point, this.pos);
    this.buffer[start + point] = 0x2e;
    this.pos++;
  }

  /** One element as JSON: the value scalar() gives. */
  element(tensor: Tensor, index: number) {
    const value = tensor.data[index];
    switch (tensor.datatype) {
      case 'FP32':
      case 'FP16':
        return this.float32(value as number);
      case 'FP64':
        return this.text(Number.isFinite(value) ? String(value) : 'null');
      case 'INT64':
      case 'UINT64':
        return this.text(String(Number(value)));
      case 'BOOL':
        return this.text(value === 1 ? 'true' : 'false');
      case 'BYTES':
        return this.text(JSON.stringify(value));
      default:
        return this.text(String(value));
    }
  }

  /** The elements from `start` laid out as `dims` (nested arrays), or {class: value} for a labelled row. */
  nested(tensor: OutputTensor, start: number, dims: readonly number[]) {
    const labels = tensor.classLabels;
    if (labels?.length && dims.length === 1 && dims[0] === labels.length) {
      this.byte(0x7b);
      for (let i = 0; i < labels.length; i++) {
        if (i) this.byte(0x2c);
        this.text(JSON.stringify(labels[i]));
        this.byte(0x3a);
        this.element(tensor, start + i);
      }
      this.byte(0x7d);
      return;
    }
    let index = start;
    const nest = (depth: number) => {
      if (depth === dims.length) {
        this.element(tensor, index++);
        return;
      }
      this.byte(0x5b);
      for (let i = 0; i < dims[depth]; i++) {
        if (i) this.byte(0x2c);
        nest(depth + 1);
      }
      this.byte(0x5d);
    };
    nest(0);
  }

  /** One row's prediction: the row of the only output, or an object keyed by output name. */
  prediction(layout: Layout, row: number) {
    if (!layout.keyed) return this.row(layout.perRow[0], row);
    this.byte(0x7b);
    layout.perRow.forEach((output, i) => {
      if (i) this.byte(0x2c);
      this.text(JSON.stringify(output.name));
      this.byte(0x3a);
      this.row(output, row);
    });
    this.byte(0x7d);
  }

  private row(output: OutputTensor, row: number) {
    const perRow = elementsPerIndex(output.shape, 1);
    this.nested(output, row * perRow, output.shape.slice(1));
  }

  /** One row's CSV cells: each output's values in order. */
  csvRow(outputs: readonly OutputTensor[], row: number) {
    let first = true;
    for (const output of outputs) {
      const perRow = elementsPerIndex(output.shape, 1);
      for (let i = 0; i < perRow; i++) {
        if (!first) this.byte(0x2c);
        first = false;
        const index = row * perRow + i;
        if (output.datatype === 'FP32' || output.datatype === 'FP16') {
          if (Number.isFinite(output.data[index])) this.float32(output.data[index] as number);
        } else {
          this.text(csvCell(scalar(output, index)));
        }
      }
    }
    this.byte(0x0a);
  }

  whole(output: OutputTensor) {
    this.text(
      `{"name":${JSON.stringify(output.name)},"datatype":${JSON.stringify(output.datatype)},"shape":${JSON.stringify(output.shape)},"data":`,
    );
    this.nested({ ...output, classLabels: undefined }, 0, output.shape);
    this.byte(0x7d);
  }

  result(): Buffer {
    return this.buffer.subarray(0, this.pos);
  }
}

/**
 * Encodes model outputs in the response format, straight from their typed arrays into bytes.
 * JSON: {"predictions": [...]} with one entry per row, plus {"outputs": [{name, datatype, shape, data}]}
 * for outputs that are not one entry per row, answered whole. CSV: one line per row, each output's
 * values in order. JSON Lines: one prediction per line. CSV and JSON Lines cannot carry a whole output:
 * such an answer is a 406, never a partial one.
 */
export function encodeResponse(
  format: RecordFormat,
  outputs: readonly OutputTensor[],
  rows: number | undefined = batchSize(outputs),
  signature?: SignatureShapes,
): Buffer {
  const layout = layoutOf(outputs, rows, signature);
  if (format !== 'json' && layout.whole.length) throw notAcceptable(format, layout);
  const writer = new AnswerWriter();
  switch (format) {
    case 'json': {
      writer.byte(0x7b);
      if (layout.perRow.length) {
        writer.text('"predictions":[');
        for (let row = 0; row < layout.rows; row++) {
          if (row) writer.byte(0x2c);
          writer.prediction(layout, row);
        }
        writer.byte(0x5d);
      }
      if (layout.whole.length) {
        writer.text(layout.perRow.length ? ',"outputs":[' : '"outputs":[');
        layout.whole.forEach((output, i) => {
          if (i) writer.byte(0x2c);
          writer.whole(output);
        });
        writer.byte(0x5d);
      }
      writer.byte(0x7d);
      break;
    }
    case 'jsonlines':
      for (let row = 0; row < layout.rows; row++) {
        writer.prediction(layout, row);
        writer.byte(0x0a);
      }
      break;
    case 'csv':
      for (let row = 0; row < layout.rows; row++) writer.csvRow(layout.perRow, row);
      break;
  }
  return writer.result();
}
