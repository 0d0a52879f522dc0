import { seededRandom } from '@modelserve/testing';
import {
  checkConstraints,
  DEFAULT_THRESHOLDS,
  driftDistance,
  FeatureProfiler,
  suggestConstraints,
  type Statistics,
} from './feature-statistics';

/** Rows of four numerical features (means 0, 10, 100, 5) and one categorical, optionally shifted. */
function rows(seed: number, count: number, shift: Record<number, number> = {}) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => [
    random.normal() + (shift[0] ?? 0),
    10 + 2 * random.normal() + (shift[1] ?? 0),
    100 + 15 * random.normal() + (shift[2] ?? 0),
    random.int(10) + (shift[3] ?? 0),
    random.pick(['red', 'green', 'blue']),
  ]);
}

function profile(data: unknown[][], names?: string[]): Statistics {
  const profiler = new FeatureProfiler(names);
  for (const row of data) profiler.addRow(row);
  return profiler.statistics();
}

describe('feature statistics and drift checks', () => {
  const baseline = profile(rows(1, 5000));
  const constraints = suggestConstraints(baseline);

  it('profiles each feature in the shape of Model Monitor statistics', () => {
    expect(baseline.dataset.item_count).toBe(5000);
    expect(baseline.features.map((f) => [f.name, f.inferred_type])).toEqual([
      ['_c0', 'Fractional'],
      ['_c1', 'Fractional'],
      ['_c2', 'Fractional'],
      ['_c3', 'Integral'],
      ['_c4', 'String'],
    ]);
    const c1 = baseline.features[1].numerical_statistics!;
    expect(c1.common).toEqual({ num_present: 5000, num_missing: 0 });
    expect(c1.mean).toBeCloseTo(10, 0);
    expect(c1.std_dev).toBeCloseTo(2, 0);
    expect(c1.distribution.tdigest.buckets).toHaveLength(10);
    expect(c1.distribution.tdigest.buckets.reduce((sum, b) => sum + b.count, 0)).toBeGreaterThan(4990);
    expect(baseline.features[4].string_statistics!.distinct_count).toBe(3);
    expect(constraints.features[3]).toEqual({
      name: '_c3',
      inferred_type: 'Integral',
      completeness: 1,
      num_constraints: { is_non_negative: true },
    });
    expect(constraints.features[4].string_constraints).toEqual({ domains: ['blue', 'green', 'red'] });
  });

  it('does not take the noise of a small window for drift', () => {
    // 40 rows: distances from the baseline of 0.1 and more are common by chance alone.
    const small = profile(rows(7, 40));
    expect(checkConstraints(baseline, constraints, small, DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('finds no violation in another sample of the same distribution, with every distance', () => {
    const current = profile(rows(2, 800));
    for (const method of ['KolmogorovSmirnov', 'JensenShannon', 'PopulationStabilityIndex'] as const) {
      expect(checkConstraints(baseline, constraints, current, { ...DEFAULT_THRESHOLDS, method })).toEqual([]);
    }
  });

  it('flags drift on exactly the shifted features', () => {
    const current = profile(rows(3, 800, { 1: 6, 2: 45 }));
    for (const method of ['KolmogorovSmirnov', 'JensenShannon', 'PopulationStabilityIndex'] as const) {
      const violations = checkConstraints(baseline, constraints, current, { ...DEFAULT_THRESHOLDS, method });
      expect(violations.map((v) => [v.feature_name, v.constraint_check_type])).toEqual([
        ['_c1', 'baseline_drift_check'],
        ['_c2', 'baseline_drift_check'],
      ]);
      expect(violations[0].description).toContain(method);
    }
    expect(driftDistance(baseline.features[1], current.features[1], 'KolmogorovSmirnov')).toBeGreaterThan(0.8);
  });

  it('flags type changes, missing values, unknown categories and missing and extra columns', () => {
    const data = rows(4, 400).map((row, i) => [row[0], i % 4 === 0 ? null : row[1], row[2], row[3] + 0.5, i % 2 ? 'purple' : row[4]]);
    const violations = checkConstraints(baseline, constraints, profile(data), DEFAULT_THRESHOLDS);
    expect(violations.map((v) => [v.feature_name, v.constraint_check_type])).toEqual([
      ['_c1', 'completeness_check'],
      ['_c3', 'data_type_check'],
      ['_c4', 'categorical_values_check'],
    ]);
    const short = checkConstraints(
      baseline,
      constraints,
      profile(rows(5, 400).map((row) => [...row.slice(0, 4), 'red', 1])),
      DEFAULT_THRESHOLDS,
    );
    expect(short.map((v) => [v.feature_name, v.constraint_check_type])).toEqual([['_c5', 'extra_column_check']]);
    const named = profile(rows(6, 100).map((row) => row.slice(0, 3)));
    expect(checkConstraints(baseline, constraints, named, DEFAULT_THRESHOLDS).map((v) => v.constraint_check_type)).toEqual([
      'missing_column_check',
      'missing_column_check',
    ]);
  });

  it('names features by a header, and object rows by their keys', () => {
    const byHeader = profile([[1, 'x']], ['age', 'colour']);
    expect(byHeader.features.map((f) => f.name)).toEqual(['age', 'colour']);
    const profiler = new FeatureProfiler();
    profiler.addRow({ age: 3, colour: 'red' });
    profiler.addRow({ age: 4 });
    const stats = profiler.statistics();
    expect(stats.features.map((f) => f.name)).toEqual(['age', 'colour']);
    // A row without the key counts as missing it.
    expect(stats.features[1].string_statistics!.common).toEqual({ num_present: 1, num_missing: 1 });
  });
});
