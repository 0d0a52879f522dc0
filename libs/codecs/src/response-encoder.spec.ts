import { encodeResponse, predictionsOf, type OutputTensor } from './response-encoder';

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
    expect(JSON.parse(encodeResponse('json', [probabilities]))).toEqual({
      predictions: [
        [0.1, 0.2, 0.7],
        [1, 0, 0],
      ],
    });
  });

  it('prints each float32 with the fewest significant digits that read back as the same value', () => {
    const values = Float32Array.from({ length: 2000 }, (_, i) => Math.sin(i * 7.3) * 10 ** ((i % 16) - 8));
    const out = JSON.parse(encodeResponse('json', [{ name: 'y', datatype: 'FP32', shape: [2000], data: values }])).predictions;
    values.forEach((value, i) => {
      const shortest = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => Number(value.toPrecision(d))).find((v) => Math.fround(v) === value);
      expect(out[i]).toBe(shortest);
    });
  });

  it('keeps float32 values exact: every printed number reads back as the same float32', () => {
    const values = Float32Array.from({ length: 200 }, (_, i) => Math.sin(i) * 10 ** ((i % 12) - 6));
    const out = JSON.parse(encodeResponse('json', [{ name: 'y', datatype: 'FP32', shape: [200], data: values }])).predictions;
    expect(Float32Array.from(out)).toEqual(values);
  });

  it('gives a scalar per row for a rank-1 output', () => {
    expect(JSON.parse(encodeResponse('json', [labels]))).toEqual({ predictions: [2, 0] });
  });

  it('keys rows by output name for several outputs and maps class probabilities by label', () => {
    expect(predictionsOf([labels, classProbabilities])).toEqual([
      { label: 2, probability: { cat: 0.25, dog: 0.75 } },
      { label: 0, probability: { cat: 0.5, dog: 0.5 } },
    ]);
  });

  it('writes one CSV line per row with the outputs side by side', () => {
    expect(encodeResponse('csv', [labels, classProbabilities])).toBe('2,0.25,0.75\n0,0.5,0.5\n');
  });

  it('writes one JSON line per row', () => {
    expect(encodeResponse('jsonlines', [labels])).toBe('2\n0\n');
  });

  it('quotes CSV strings that need it and turns non-finite floats into null', () => {
    const text: OutputTensor = { name: 't', datatype: 'BYTES', shape: [2], data: ['a,b', 'say "hi"'] };
    expect(encodeResponse('csv', [text])).toBe('"a,b"\n"say ""hi"""\n');
    const nan: OutputTensor = { name: 'n', datatype: 'FP32', shape: [1], data: Float32Array.from([NaN]) };
    expect(encodeResponse('json', [nan])).toBe('{"predictions":[null]}');
  });
});
