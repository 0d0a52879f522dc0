/**
 * Sparse log-scale histograms for the operational figures the services report to the registry
 * (latencies in seconds, batch sizes in rows): bucket i holds values up to SMALLEST * GROWTH^i, so a
 * quantile read from them is within one bucket's width (10%) of the true value. They merge by adding
 * counts, across processes, instances and time.
 */
export type SparseHistogram = Record<number, number>;

const SMALLEST = 1e-6;
const GROWTH = 1.1;
const LOG_GROWTH = Math.log(GROWTH);
/** Up to about 10^6 times SMALLEST^-1: a million seconds, or a million rows. */
const LAST_BUCKET = Math.ceil(Math.log(1e12) / LOG_GROWTH);

export function bucketOf(value: number): number {
  if (!(value > SMALLEST)) return 0;
  return Math.min(LAST_BUCKET, Math.ceil(Math.log(value / SMALLEST) / LOG_GROWTH - 1e-9));
}

/** The largest value bucket `i` holds. */
export const bucketUpperBound = (i: number) => SMALLEST * GROWTH ** i;

export function observe(histogram: SparseHistogram, value: number, count = 1): void {
  const bucket = bucketOf(value);
  histogram[bucket] = (histogram[bucket] ?? 0) + count;
}

export function mergeInto(target: SparseHistogram, source: SparseHistogram | Record<string, number>): SparseHistogram {
  for (const [bucket, count] of Object.entries(source)) target[Number(bucket)] = (target[Number(bucket)] ?? 0) + Number(count);
  return target;
}

export const countOf = (histogram: SparseHistogram) => Object.values(histogram).reduce((sum, n) => sum + n, 0);

/**
 * The q-quantile (0 < q <= 1), interpolated within its bucket as Prometheus' histogram_quantile does;
 * undefined for an empty histogram.
 */
export function quantile(histogram: SparseHistogram, q: number): number | undefined {
  const buckets = Object.entries(histogram)
    .map(([bucket, count]) => [Number(bucket), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return undefined;
  const rank = q * total;
  let seen = 0;
  for (const [bucket, count] of buckets) {
    if (seen + count >= rank) {
      const lower = bucket === 0 ? 0 : bucketUpperBound(bucket - 1);
      const upper = bucketUpperBound(bucket);
      return lower + (upper - lower) * ((rank - seen) / count);
    }
    seen += count;
  }
  return bucketUpperBound(buckets[buckets.length - 1][0]);
}
