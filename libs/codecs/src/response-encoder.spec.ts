import {
  encodeResponse,
  float32ByPrecision,
  float32Number,
  float32Text,
  predictionsOf,
  rowOutputs,
  type OutputTensor,
} from './response-encoder';

const probabilities: OutputTensor = {
  name: 'probabilities',
  datatype: 'FP32',
  shape: [2, 3],
  data: Float32Array.from([0.1, 0.2, 0.7, 1, 0, 0]),
};
const labels: OutputTensor = { name: 'label', datatype: 'INT64', shape: [2], data: BigInt64Array.from([2n, 0n]) };
const classProbabilities: OutputTensor = {
  name: 'probability',
  datatype: 'FP32',
  shape: [2, 2],
  data: Float32Array.from([0.25, 0.75, 0.5, 0.5]),
  classLabels: ['cat', 'dog'],
};

describe('encodeResponse', () => {
  it('gives each row its value for a single-output model, float32 printed short', () => {
    expect(JSON.parse(String(encodeResponse('json', [probabilities])))).toEqual({
      predictions: [
        [0.1, 0.2, 0.7],
        [1, 0, 0],
      ],
    });
  });

  it('prints each float32 with the fewest significant digits that read back as the same value', () => {
    const values = Float32Array.from({ length: 2000 }, (_, i) => Math.sin(i * 7.3) * 10 ** ((i % 16) - 8));
    const out = JSON.parse(String(encodeResponse('json', [{ name: 'y', datatype: 'FP32', shape: [2000], data: values }]))).predictions;
    values.forEach((value, i) => {
      const shortest = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => Number(value.toPrecision(d))).find((v) => Math.fround(v) === value);
      expect(out[i]).toBe(shortest);
    });
  });

  it('keeps float32 values exact: every printed number reads back as the same float32', () => {
    const values = Float32Array.from({ length: 200 }, (_, i) => Math.sin(i) * 10 ** ((i % 12) - 6));
    const out = JSON.parse(String(encodeResponse('json', [{ name: 'y', datatype: 'FP32', shape: [200], data: values }]))).predictions;
    expect(Float32Array.from(out)).toEqual(values);
  });

  it('finds the shortest float32 decimal as exactly as toPrecision does, over every exponent (fuzz)', () => {
    const bits = new Uint32Array(1);
    const float = new Float32Array(bits.buffer);
    let seed = 7;
    for (let i = 0; i < 300_000; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      bits[0] = seed;
      const value = float[0];
      if (!Number.isFinite(value)) continue;
      const fast = float32Number(value);
      const exact = float32ByPrecision(value);
      // Both read back as the value, with as few digits; on a tie between two such decimals either will do.
      if (
        Math.fround(fast) !== value ||
        String(fast).replace(/e.*|[-.]|^0+/g, '').length > String(exact).replace(/e.*|[-.]|^0+/g, '').length
      ) {
        throw new Error(`${value}: fast ${fast}, exact ${exact}`);
      }
      // The text is written without printing a double, and must be exactly what printing it gives.
      if (float32Text(value) !== String(fast)) throw new Error(`${value}: text ${float32Text(value)}, String ${String(fast)}`);
    }
  });

  it('answers outputs that are not one entry per row whole, with their shape', () => {
    const output: OutputTensor = { name: 'output', datatype: 'FP32', shape: [1, 1], data: Float32Array.from([0.5]) };
    const state: OutputTensor = { name: 'stateN', datatype: 'FP32', shape: [2, 1, 2], data: Float32Array.from([1, 2, 3, 4]) };
    const signature = {
      inputs: [{ shape: [-1, -1] }, { shape: [] }, { shape: [2, -1, 2] }],
      outputs: [
        { name: 'output', shape: [-1, 1] },
        { name: 'stateN', shape: [2, -1, 2] },
      ],
    };
    expect(rowOutputs([output, state], 1, signature)).toEqual([true, false]);
    // With two rows the state's first dimension equals the rows, but the model declares it fixed: still whole.
    expect(
      rowOutputs(
        [
          { ...output, shape: [2, 1] },
          { ...state, shape: [2, 2, 2] },
        ],
        2,
        signature,
      ),
    ).toEqual([true, false]);
    expect(JSON.parse(String(encodeResponse('json', [output, state], 1, signature)))).toEqual({
      predictions: [{ output: [0.5] }],
      outputs: [{ name: 'stateN', datatype: 'FP32', shape: [2, 1, 2], data: [[[1, 2]], [[3, 4]]] }],
    });
    expect(() => encodeResponse('csv', [output, state], 1, signature)).toThrow(
      /output "stateN" has shape \[2, 1, 2\].*CSV cannot carry it/,
    );
    expect(() => encodeResponse('jsonlines', [output, state], 1, signature)).toThrow(/JSON Lines cannot carry it/);
  });

  it('answers every output whole when the request has no rows', () => {
    const scalar: OutputTensor = { name: 'sum', datatype: 'FP64', shape: [], data: Float64Array.from([3.5]) };
    expect(JSON.parse(String(encodeResponse('json', [scalar], undefined)))).toEqual({
      outputs: [{ name: 'sum', datatype: 'FP64', shape: [], data: 3.5 }],
    });
  });

  it('gives a scalar per row for a rank-1 output', () => {
    expect(JSON.parse(String(encodeResponse('json', [labels])))).toEqual({ predictions: [2, 0] });
  });

  it('keys rows by output name for several outputs and maps class probabilities by label', () => {
    expect(predictionsOf([labels, classProbabilities])).toEqual([
      { label: 2, probability: { cat: 0.25, dog: 0.75 } },
      { label: 0, probability: { cat: 0.5, dog: 0.5 } },
    ]);
  });

  it('writes one CSV line per row with the outputs side by side', () => {
    expect(String(encodeResponse('csv', [labels, classProbabilities]))).toBe('2,0.25,0.75\n0,0.5,0.5\n');
  });

  it('writes one JSON line per row', () => {
    expect(String(encodeResponse('jsonlines', [labels]))).toBe('2\n0\n');
  });

  it('quotes CSV strings that need it and turns non-finite floats into null', () => {
    const text: OutputTensor = { name: 't', datatype: 'BYTES', shape: [2], data: ['a,b', 'say "hi"'] };
    expect(String(encodeResponse('csv', [text]))).toBe('"a,b"\n"say ""hi"""\n');
    const nan: OutputTensor = { name: 'n', datatype: 'FP32', shape: [1], data: Float32Array.from([NaN]) };
    expect(String(encodeResponse('json', [nan]))).toBe('{"predictions":[null]}');
  });
});
