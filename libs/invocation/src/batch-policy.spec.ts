import { BatchPolicy } from './batch-policy';

/** Arrivals every `gapMs`, from time 0. */
function arrivals(policy: BatchPolicy, count: number, gapMs: number) {
  for (let i = 0; i < count; i++) policy.arrived(i * gapMs);
}

describe('BatchPolicy', () => {
  it('fits run time as a fixed cost plus a cost per row', () => {
    const policy = new BatchPolicy();
    for (let i = 0; i < 200; i++) {
      const rows = 1 + (i % 32);
      policy.ran(rows, 2 + 0.1 * rows);
    }
    expect(policy.fixedMs).toBeCloseTo(2, 6);
    expect(policy.perRowMs).toBeCloseTo(0.1, 6);
  });

  it('counts a run size seen alone as all fixed cost, which is what such a run costs', () => {
    const policy = new BatchPolicy();
    for (let i = 0; i < 50; i++) policy.ran(1, 0.5);
    expect(policy.fixedMs).toBeCloseTo(0.5, 6);
    expect(policy.perRowMs).toBe(0);
  });

  it('never waits under light load: one request at a time runs at once', () => {
    const policy = new BatchPolicy();
    for (let i = 0; i < 50; i++) policy.ran(1, 0.5);
    // One request every 2 ms against runs of 0.5 ms: a single row keeps up.
    arrivals(policy, 100, 2);
    expect(policy.targetRows(32)).toBe(1);
    expect(policy.waitMs(1, 0, 32, 2)).toBe(0);
  });

  it('waits for the smallest batch that keeps up with the arrival rate, and no longer than the delay allows', () => {
    const policy = new BatchPolicy();
    for (let i = 0; i < 200; i++) policy.ran(1 + (i % 16), 2 + 0.01 * (1 + (i % 16)));
    // Ten arrivals per millisecond, runs of 2 ms + 0.01 ms a row: n >= 10·2 / (1 − 10·0.01) = 22.2.
    arrivals(policy, 1000, 0.1);
    expect(policy.targetRows(64)).toBe(23);
    expect(policy.targetRows(16)).toBe(16);
    // 5 rows waiting: the 18 missing arrive in about 1.8 ms...
    expect(policy.waitMs(5, 0, 64, 10)).toBeCloseTo(1.8, 1);
    // ...but the oldest may wait 2 ms in all, and has waited 1.5.
    expect(policy.waitMs(5, 1.5, 64, 2)).toBeCloseTo(0.5, 6);
    expect(policy.waitMs(23, 0, 64, 10)).toBe(0);
  });

  it('asks for the largest batch when a single row already outpaces the executor', () => {
    const policy = new BatchPolicy();
    for (let i = 0; i < 100; i++) policy.ran(1 + (i % 8), 0.2 + 0.5 * (1 + (i % 8)));
    arrivals(policy, 100, 0.25);
    expect(policy.targetRows(32)).toBe(32);
  });
});
