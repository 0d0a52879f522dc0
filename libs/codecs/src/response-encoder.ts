import type { Tensor } from './datatypes';
import type { RecordFormat } from './media-types';

/** An output tensor plus, for probability outputs rewritten from ZipMap, the class of each column. */
export interface OutputTensor extends Tensor {
  classLabels?: readonly string[];
}

/** The shortest decimal that reads back as the same float32: 0.1, not 0.10000000149011612. */
function float32Number(value: number): number {
  if (!Number.isFinite(value)) return value;
  // A float32 needs 6 to 9 significant digits. Most model outputs need 7 or more, so the search
  // starts at 7 and goes down to 6 only when 7 is enough: at most three conversions, usually two.
  const at = (digits: number) => Number(value.toPrecision(digits));
  const seven = at(7);
  if (Math.fround(seven) === value) {
    const six = at(6);
    return Math.fround(six) === value ? six : seven;
  }
  const eight = at(8);
  return Math.fround(eight) === value ? eight : at(9);
}

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

// JSON has no NaN or Infinity; a model that emits them gets null rather than invalid JSON.
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** One row of an output as JSON: a scalar, nested arrays, or {class: probability} for labelled outputs. */
function rowValue(tensor: OutputTensor, row: number): unknown {
  const rowDims = tensor.shape.slice(1);
  const perRow = rowDims.reduce((count, dim) => count * dim, 1);
  const start = row * perRow;
  if (tensor.classLabels?.length && rowDims.length === 1 && rowDims[0] === tensor.classLabels.length) {
    const byClass: Record<string, unknown> = {};
    tensor.classLabels.forEach((label, column) => (byClass[label] = scalar(tensor, start + column)));
    return byClass;
  }
  if (rowDims.length === 0) return scalar(tensor, row);
  let index = start;
  const nest = (depth: number): unknown[] => {
    const out = new Array<unknown>(rowDims[depth]);
    for (let i = 0; i < rowDims[depth]; i++) out[i] = depth === rowDims.length - 1 ? scalar(tensor, index++) : nest(depth + 1);
    return out;
  };
  return nest(0);
}

function rowFlat(tensor: Tensor, row: number): unknown[] {
  const perRow = tensor.shape.slice(1).reduce((count, dim) => count * dim, 1);
  const values = new Array<unknown>(perRow);
  for (let i = 0; i < perRow; i++) values[i] = scalar(tensor, row * perRow + i);
  return values;
}

/** A value as a CSV cell, quoted when it must be. */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const batchSize = (outputs: readonly Tensor[]) => outputs[0]?.shape[0] ?? 0;

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
  return outputs.length === 1 ? rowFlat(outputs[0], row) : outputs.flatMap((output) => rowFlat(output, row));
}

/**
 * Encodes model outputs in the response format. JSON: {"predictions": [...]} with one entry per row.
 * CSV: one line per row, each output's values in order. JSON Lines: one prediction per line.
 */
export function encodeResponse(format: RecordFormat, outputs: readonly OutputTensor[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ predictions: predictionsOf(outputs) });
    case 'jsonlines':
      return predictionsOf(outputs)
        .map((prediction) => JSON.stringify(prediction) + '\n')
        .join('');
    case 'csv': {
      const lines: string[] = [];
      for (let row = 0; row < batchSize(outputs); row++) {
        lines.push(predictionCells(outputs, row).map(csvCell).join(','));
      }
      return lines.join('\n') + '\n';
    }
  }
}
