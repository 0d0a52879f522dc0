import { outputsDisagree } from './compare';
import type { Tensor } from './datatypes';

const probabilities = (values: number[]): Tensor => ({
  name: 'p',
  datatype: 'FP32',
  shape: [1, values.length],
  data: Float32Array.from(values),
});
const labels = (values: bigint[]): Tensor => ({
  name: 'label',
  datatype: 'INT64',
  shape: [values.length],
  data: BigInt64Array.from(values),
});

describe('outputsDisagree', () => {
  it('agrees on equal answers and on float noise within the tolerance', () => {
    expect(outputsDisagree([probabilities([0.2, 0.8]), labels([1n])], [probabilities([0.2, 0.8]), labels([1n])])).toBe(false);
    expect(outputsDisagree([probabilities([0.2, 0.8])], [probabilities([0.20001, 0.79999])])).toBe(false);
  });

  it('disagrees on other values, labels, shapes or missing outputs', () => {
    expect(outputsDisagree([probabilities([0.2, 0.8])], [probabilities([0.3, 0.7])])).toBe(true);
    expect(outputsDisagree([labels([1n])], [labels([0n])])).toBe(true);
    expect(outputsDisagree([probabilities([0.2, 0.8])], [probabilities([0.2, 0.7, 0.1])])).toBe(true);
    expect(outputsDisagree([probabilities([0.2, 0.8]), labels([1n])], [probabilities([0.2, 0.8])])).toBe(true);
  });
});
