import { TrafficStats } from './traffic-stats';

const limits = (over: Partial<{ maxErrorRatePercent: number | null; maxP99Ms: number | null; minRequests: number }> = {}) => ({
  maxErrorRatePercent: null,
  maxP99Ms: null,
  minRequests: 10,
  ...over,
});
const report = (requests: number, errors: number, latencyMs: number, generation = 1) => ({
  endpoint: 'e',
  generation,
  requests,
  errors,
  latenciesMs: Array.from({ length: requests }, () => latencyMs),
});

describe('TrafficStats', () => {
  it('keeps only generations a deployment tracks, and forgets them', () => {
    const stats = new TrafficStats();
    stats.record([report(100, 100, 1)]);
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 1 }))).toBeUndefined();
    stats.track('e', 1);
    stats.record([report(100, 100, 1)]);
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 1 }))).toBe('error rate 100.0% over 100 requests exceeds 1%');
    stats.forget('e', 1);
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 1 }))).toBeUndefined();
  });

  it('judges nothing below the minimum request count', () => {
    const stats = new TrafficStats();
    stats.reset('e', 1);
    stats.record([report(9, 9, 500)]);
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 0, maxP99Ms: 1 }))).toBeUndefined();
  });

  it('reports an error rate or a p99 past its limit, and nothing within them', () => {
    const stats = new TrafficStats();
    stats.reset('e', 1);
    stats.record([report(98, 1, 2), report(2, 0, 40)]);
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 2, maxP99Ms: 50 }))).toBeUndefined();
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 0.5 }))).toBe('error rate 1.0% over 100 requests exceeds 0.5%');
    expect(stats.breach('e', 1, limits({ maxP99Ms: 10 }))).toBe('p99 latency 40.00 ms over 100 requests exceeds 10 ms');
    stats.reset('e', 1);
    expect(stats.breach('e', 1, limits({ maxErrorRatePercent: 0.5 }))).toBeUndefined();
  });
});
