import { bucketOf, bucketUpperBound, countOf, mergeInto, observe, quantile, type SparseHistogram } from './figures';

describe('figure histograms', () => {
  it('puts each value in the bucket whose bounds hold it', () => {
    for (const value of [2e-6, 0.0003, 0.0123, 1, 7.5, 3600, 4096]) {
      const bucket = bucketOf(value);
      expect(value).toBeLessThanOrEqual(bucketUpperBound(bucket) * (1 + 1e-12));
      expect(value).toBeGreaterThan(bucketUpperBound(bucket - 1));
    }
    expect(bucketOf(0)).toBe(0);
  });

  it('reads quantiles within 10% of the exact ones', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => 0.001 * (1 + ((i * 7919) % 1000)));
    const histogram: SparseHistogram = {};
    for (const value of values) observe(histogram, value);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.99]) {
      const exact = sorted[Math.ceil(q * sorted.length) - 1];
      expect(Math.abs(quantile(histogram, q)! - exact) / exact).toBeLessThan(0.1);
    }
    expect(quantile({}, 0.5)).toBeUndefined();
  });

  it('merges by adding counts, as reports from several processes are', () => {
    const a: SparseHistogram = {};
    const b: SparseHistogram = {};
    observe(a, 0.01, 3);
    observe(b, 0.01);
    observe(b, 2);
    const merged = mergeInto(mergeInto({}, a), b);
    expect(countOf(merged)).toBe(5);
    expect(merged[bucketOf(0.01)]).toBe(4);
  });
});
