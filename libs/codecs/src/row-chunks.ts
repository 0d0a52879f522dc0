import type { NumericArray, Tensor } from './datatypes';
import type { OutputTensor } from './response-encoder';

/** Values of one row of a tensor: the product of its dimensions after the first. */
const rowSize = (tensor: Tensor) => tensor.shape.slice(1).reduce((count, dim) => count * dim, 1);

/** A string's size is not known without encoding it; 16 bytes is a fair guess for the labels and tokens models take. */
const bytesPerValue = (tensor: Tensor) => (Array.isArray(tensor.data) ? 16 : (tensor.data as NumericArray).BYTES_PER_ELEMENT);

/** Rows `[start, end)` of a tensor; numeric data is viewed in place, not copied. */
export function sliceRows<T extends Tensor>(tensor: T, start: number, end: number): T {
  const size = rowSize(tensor);
  const data = Array.isArray(tensor.data) ? tensor.data.slice(start * size, end * size) : tensor.data.subarray(start * size, end * size);
  return { ...tensor, shape: [end - start, ...tensor.shape.slice(1)], data: data as T['data'] };
}

/**
 * Splits a request of `rows` rows into runs of rows whose tensors take at most `maxBytes` each (at
 * least one row per run), so that a large request travels as several messages of bounded size.
 * Tensors without the row dimension (scalars, a fixed-size input) go whole with every run.
 */
export function rowChunks(tensors: readonly Tensor[], rows: number, maxBytes: number): Tensor[][] {
  const batched = tensors.map((t) => t.shape.length > 0 && t.shape[0] === rows);
  const bytesPerRow = tensors.reduce((sum, t, i) => sum + (batched[i] ? rowSize(t) * bytesPerValue(t) : 0), 0);
  const rowsPerChunk = Math.max(1, Math.floor(maxBytes / Math.max(1, bytesPerRow)));
  if (rows <= rowsPerChunk) return [[...tensors]];
  const chunks: Tensor[][] = [];
  for (let start = 0; start < rows; start += rowsPerChunk) {
    const end = Math.min(rows, start + rowsPerChunk);
    chunks.push(tensors.map((t, i) => (batched[i] ? sliceRows(t, start, end) : t)));
  }
  return chunks;
}

/** Joins the answers of row runs back into one answer, output by output, in the order of the runs. */
export function concatRows(answers: readonly OutputTensor[][]): OutputTensor[] {
  if (answers.length === 1) return answers[0];
  return answers[0].map((first, i) => {
    const parts = answers.map((answer) => answer[i]);
    const rows = parts.reduce((sum, part) => sum + part.shape[0], 0);
    let data: OutputTensor['data'];
    if (Array.isArray(first.data)) {
      data = parts.flatMap((part) => part.data as string[]);
    } else {
      const joined = new (first.data.constructor as new (length: number) => NumericArray)(
        parts.reduce((sum, part) => sum + part.data.length, 0),
      );
      let offset = 0;
      for (const part of parts) {
        (joined as Float32Array).set(part.data as Float32Array, offset);
        offset += part.data.length;
      }
      data = joined;
    }
    return { ...first, shape: [rows, ...first.shape.slice(1)], data };
  });
}
