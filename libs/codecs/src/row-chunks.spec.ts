import type { Tensor } from './datatypes';
import { concatRows, rowChunks, sliceRows } from './row-chunks';

const matrix = (rows: number, columns: number): Tensor => ({
  name: 'x',
  datatype: 'FP32',
  shape: [rows, columns],
  data: Float32Array.from({ length: rows * columns }, (_, i) => i),
});

describe('row chunks', () => {
  it('slices rows without copying numeric data', () => {
    const tensor = matrix(4, 3);
    const slice = sliceRows(tensor, 1, 3);
    expect(slice.shape).toEqual([2, 3]);
    expect(Array.from(slice.data as Float32Array)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('keeps a request whole while it fits, and splits it into runs of bounded size otherwise', () => {
    const tensor = matrix(10, 3); // 12 bytes a row
    expect(rowChunks([tensor], 10, 1000)).toEqual([[tensor]]);
    const chunks = rowChunks([tensor], 10, 48);
    expect(chunks.map((c) => c[0].shape[0])).toEqual([4, 4, 2]);
    // A row larger than the bound still travels, alone.
    expect(rowChunks([tensor], 10, 1).map((c) => c[0].shape[0])).toEqual(Array(10).fill(1));
  });

  it('sends an input without the row dimension whole with every run', () => {
    const scalar: Tensor = { name: 'k', datatype: 'INT64', shape: [], data: BigInt64Array.of(7n) };
    const chunks = rowChunks([matrix(6, 2), scalar], 6, 16);
    expect(chunks).toHaveLength(3);
    expect(chunks.every((c) => c[1] === scalar)).toBe(true);
  });

  it('joins the answers of the runs back in order', () => {
    const whole = matrix(5, 2);
    const runs = rowChunks([whole], 5, 16).map((c) => c);
    const joined = concatRows(runs.map(([t]) => [{ ...t, name: 'y' }]));
    expect(joined[0].shape).toEqual([5, 2]);
    expect(Array.from(joined[0].data as Float32Array)).toEqual(Array.from(whole.data as Float32Array));
    const labels = concatRows([
      [{ name: 'l', datatype: 'BYTES', shape: [1], data: ['a'] }],
      [{ name: 'l', datatype: 'BYTES', shape: [2], data: ['b', 'c'] }],
    ]);
    expect(labels[0]).toMatchObject({ shape: [3], data: ['a', 'b', 'c'] });
  });
});
