import { ortErrorText, type TensorSignature } from '@modelserve/onnx';
import * as ort from 'onnxruntime-node';
import type { BatchSupport } from '../database/schema';

export interface BatchSupportFinding {
  support: BatchSupport;
  /** Why, in words a user can act on. */
  detail: string;
}

/**
 * Sample rows the check runs, and the batches it runs them in (indices into the rows). Rows differ in
 * scale by powers of ten, so that the check reaches the ranges where kernels part ways (an exp of a
 * large logit, say), which values around one alone would not.
 */
const SAMPLE_ROWS = 8;
const BATCHES = [
  [0, 1],
  [2, 3, 4],
  [7, 6, 5, 4, 3, 2, 1, 0],
  [1, 1, 0],
  [5, 6, 7],
];
/** The length chosen for a variable dimension other than the batch. */
const VARIABLE_DIMENSION = 3;

const ORT_TYPES: Record<string, ort.Tensor.Type> = {
  FP32: 'float32',
  FP64: 'float64',
  INT8: 'int8',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  UINT8: 'uint8',
  UINT16: 'uint16',
  UINT32: 'uint32',
  UINT64: 'uint64',
  BOOL: 'bool',
};

/** Why the model cannot merge requests along a batch dimension, from its signature alone. */
function signatureObstacle(inputs: readonly TensorSignature[]): string | undefined {
  for (const input of inputs) {
    if (input.shape.length === 0) return `input "${input.name}" is a scalar, with no batch dimension`;
    if (input.shape[0] > 0) return `input "${input.name}" fixes its first dimension at ${input.shape[0]}`;
    if (!ORT_TYPES[input.datatype]) return `input "${input.name}" has datatype ${input.datatype}`;
  }
  return undefined;
}

/**
 * Deterministic sample values: small integers for integer inputs (they are often indices); for floats,
 * [-1, 1) times 10^(row - 2), from 0.01 to 100000.
 */
function sampleRows(input: TensorSignature, rows: number, seed: number): ort.Tensor {
  const rowShape = input.shape.slice(1).map((dim) => (dim > 0 ? dim : VARIABLE_DIMENSION));
  const perRow = rowShape.reduce((a, b) => a * b, 1);
  const type = ORT_TYPES[input.datatype];
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const count = rows * perRow;
  const float = (index: number) => (next() * 2 - 1) * 10 ** (Math.floor(index / perRow) - 2);
  let data: ort.Tensor.DataType;
  if (type === 'float32') data = Float32Array.from({ length: count }, (_, i) => float(i));
  else if (type === 'float64') data = Float64Array.from({ length: count }, (_, i) => float(i));
  else if (type === 'int64') data = BigInt64Array.from({ length: count }, () => BigInt(Math.floor(next() * 4)));
  else if (type === 'uint64') data = BigUint64Array.from({ length: count }, () => BigInt(Math.floor(next() * 4)));
  else if (type === 'bool') data = Uint8Array.from({ length: count }, () => (next() < 0.5 ? 1 : 0));
  else {
    const Array = { int8: Int8Array, int16: Int16Array, int32: Int32Array, uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array }[
      type as 'int8'
    ];
    data = Array.from({ length: count }, () => Math.floor(next() * 4));
  }
  return new ort.Tensor(type, data as never, [rows, ...rowShape]);
}

/** Row `row` of a tensor, as bytes (strings as their text), for a bit-for-bit comparison. */
function rowBytes(tensor: ort.Tensor, row: number): string {
  const perRow = tensor.dims.slice(1).reduce((a, b) => a * b, 1);
  const data = tensor.data;
  if (Array.isArray(data)) return JSON.stringify(data.slice(row * perRow, (row + 1) * perRow));
  const typed = data as Exclude<ort.Tensor.DataType, string[]>;
  const bytes = typed.BYTES_PER_ELEMENT;
  return Buffer.from(typed.buffer, typed.byteOffset + row * perRow * bytes, perRow * bytes).toString('hex');
}

/**
 * Finds out, at upload, whether concurrent requests to a model can be merged into one run without
 * changing any answer. The model must take a variable batch dimension first on every input and answer
 * one row per input row; then sample rows are run alone and in batches of several sizes and orders,
 * and every row's outputs compared bit for bit:
 * - Exact: each row's answer is the same alone and in any batch.
 * - ExactWithPadding: batches agree with each other but a lone row differs (onnxruntime takes another
 *   kernel for one row); a run of one row is then sent as two, so that every answer is the batched one.
 * - Unsupported: anything else, with the reason.
 */
export async function findBatchSupport(session: ort.InferenceSession, inputs: readonly TensorSignature[]): Promise<BatchSupportFinding> {
  const obstacle = signatureObstacle(inputs);
  if (obstacle) return { support: 'Unsupported', detail: obstacle };
  const samples = new Map(inputs.map((input, i) => [input.name, sampleRows(input, SAMPLE_ROWS, 7 + i)]));
  const take = (indices: readonly number[]) => {
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, tensor] of samples) {
      const perRow = tensor.size / tensor.dims[0];
      const data = tensor.data as Float32Array;
      const out = new (data.constructor as Float32ArrayConstructor)(indices.length * perRow);
      indices.forEach((row, i) => out.set(data.subarray(row * perRow, (row + 1) * perRow), i * perRow));
      feeds[name] = new ort.Tensor(tensor.type, out as never, [indices.length, ...tensor.dims.slice(1)]);
    }
    return feeds;
  };
  /** Each row's outputs (as bytes) from one run of the given rows. */
  const runRows = async (indices: readonly number[]): Promise<string[] | string> => {
    const results = await session.run(take(indices));
    const rows: string[] = indices.map(() => '');
    for (const name of session.outputNames) {
      const output = results[name];
      if (output.dims.length === 0 || output.dims[0] !== indices.length) {
        return `output "${name}" has shape [${output.dims.join(', ')}] for ${indices.length} rows, not one entry per row`;
      }
      indices.forEach((_, i) => (rows[i] += `${name}:${rowBytes(output, i)};`));
    }
    return rows;
  };
  try {
    const alone: string[] = [];
    for (let row = 0; row < SAMPLE_ROWS; row++) {
      const answer = await runRows([row]);
      if (typeof answer === 'string') return { support: 'Unsupported', detail: answer };
      alone.push(answer[0]);
    }
    const batched = new Map<number, string>();
    let differsFromAlone = false;
    for (const batch of BATCHES) {
      const answer = await runRows(batch);
      if (typeof answer === 'string') return { support: 'Unsupported', detail: answer };
      for (const [i, row] of batch.entries()) {
        if (answer[i] !== alone[row]) differsFromAlone = true;
        const earlier = batched.get(row);
        if (earlier !== undefined && earlier !== answer[i]) {
          return { support: 'Unsupported', detail: 'the model answers a row differently depending on the rows batched with it' };
        }
        batched.set(row, answer[i]);
      }
    }
    if (!differsFromAlone) return { support: 'Exact', detail: 'each row is answered the same alone or batched' };
    return {
      support: 'ExactWithPadding',
      detail: 'onnxruntime answers a lone row differently from the same row in a batch; a run of one row is sent as two',
    };
  } catch (error) {
    return {
      support: 'Unsupported',
      detail: `the check could not run the model on sample rows: ${ortErrorText(error)}`,
    };
  }
}
