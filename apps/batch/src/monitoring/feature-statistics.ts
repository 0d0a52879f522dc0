import type { DRIFT_METHODS } from '@modelserve/schemas';
import { TDigest } from 'tdigest';

/**
 * Per-feature statistics of a data set, and the checks that compare a window of captured inputs with a
 * baseline. The files these write (statistics.json, constraints.json, constraint_violations.json) follow
 * the shapes of SageMaker Model Monitor's, so that its users recognise them; the quantile sketch is a
 * t-digest (Model Monitor's is KLL), stored as its centroids.
 */

export type InferredType = 'Integral' | 'Fractional' | 'String' | 'Unknown';

/** Distinct values kept per feature; a feature with more is free text and gets no value set. */
const MAX_CATEGORIES = 1000;
const BUCKETS = 10;
/** t-digest compression: at most about 1/delta centroids, each holding at most delta of the mass. */
const DIGEST_DELTA = 0.01;

export interface Bucket {
  lower_bound: number;
  upper_bound: number;
  count: number;
}

interface CommonStatistics {
  num_present: number;
  num_missing: number;
}

export interface FeatureStatistics {
  name: string;
  inferred_type: InferredType;
  numerical_statistics?: {
    common: CommonStatistics;
    mean: number;
    sum: number;
    std_dev: number;
    min: number;
    max: number;
    distribution: { tdigest: { buckets: Bucket[]; centroids: [mean: number, count: number][] } };
  };
  string_statistics?: {
    common: CommonStatistics;
    distinct_count: number;
    distribution?: { categorical: { buckets: { value: string; count: number }[] } };
  };
  /** Counts of values by their own type, for data_type_check against a baseline's type. */
  type_counts: { integral: number; fractional: number; string: number };
}

export interface Statistics {
  version: 0;
  dataset: { item_count: number };
  features: FeatureStatistics[];
}

export interface FeatureConstraint {
  name: string;
  inferred_type: InferredType;
  completeness: number;
  num_constraints?: { is_non_negative: boolean };
  string_constraints?: { domains: string[] };
}

export interface Constraints {
  version: 0;
  features: FeatureConstraint[];
  monitoring_config: {
    evaluate_constraints: 'Enabled';
    emit_metrics: 'Enabled';
    datatype_check_threshold: number;
    domain_content_threshold: number;
    distribution_constraints: { perform_comparison: 'Enabled'; comparison_threshold: number; comparison_method: DriftMethod };
  };
}

export type DriftMethod = (typeof DRIFT_METHODS)[number];

export interface Thresholds {
  method: DriftMethod;
  drift: number;
  completeness: number;
  dataType: number;
  domainContent: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { method: 'KolmogorovSmirnov', drift: 0.1, completeness: 1, dataType: 1, domainContent: 1 };

export interface Violation {
  feature_name: string;
  constraint_check_type:
    | 'data_type_check'
    | 'completeness_check'
    | 'baseline_drift_check'
    | 'missing_column_check'
    | 'extra_column_check'
    | 'categorical_values_check';
  description: string;
}

class FeatureAccumulator {
  present = 0;
  /** Rows that held the feature with no value (null, empty); rows without it at all are missing too. */
  missing = 0;
  integral = 0;
  fractional = 0;
  strings = 0;
  sum = 0;
  sumOfSquares = 0;
  min = Infinity;
  max = -Infinity;
  readonly digest = new TDigest(DIGEST_DELTA, 25, 1.1);
  readonly values = new Map<string, number>();
  overflowed = false;
  /** Numeric values waiting to enter the digest: pushing in runs is much faster than one at a time. */
  private pending: number[] = [];

  add(value: unknown) {
    if (value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value))) {
      this.missing++;
      return;
    }
    this.present++;
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (Number.isInteger(value)) this.integral++;
      else this.fractional++;
      this.sum += value;
      this.sumOfSquares += value * value;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      this.pending.push(value);
      if (this.pending.length >= 4096) this.flushDigest();
    } else {
      this.strings++;
    }
    if (!this.overflowed) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      this.values.set(text, (this.values.get(text) ?? 0) + 1);
      if (this.values.size > MAX_CATEGORIES) {
        this.overflowed = true;
        this.values.clear();
      }
    }
  }

  flushDigest() {
    if (this.pending.length === 0) return;
    this.digest.push(this.pending);
    this.pending = [];
  }

  get type(): InferredType {
    if (this.present === 0) return 'Unknown';
    if (this.strings > 0) return 'String';
    return this.fractional > 0 ? 'Fractional' : 'Integral';
  }
}

/**
 * Profiles rows as they stream past: a row is an array (features by position, named by `names` or
 * _c0, _c1, ... as Model Monitor names a headerless CSV's columns) or an object (features by key).
 * Memory is bounded per feature whatever the number of rows.
 */
export class FeatureProfiler {
  private readonly features = new Map<string, FeatureAccumulator>();
  private names: readonly string[] = [];
  private rows = 0;

  constructor(names: readonly string[] = []) {
    this.useNames(names);
  }

  /** Names features by position (a CSV header's, or a baseline's), for rows that are arrays. */
  useNames(names: readonly string[]) {
    this.names = names;
    for (const name of names) if (!this.features.has(name)) this.features.set(name, new FeatureAccumulator());
  }

  get rowCount() {
    return this.rows;
  }

  addRow(row: unknown) {
    this.rows++;
    if (Array.isArray(row)) {
      row.forEach((value, i) => this.feature(this.names[i] ?? `_c${i}`).add(value));
    } else if (typeof row === 'object' && row !== null) {
      for (const [name, value] of Object.entries(row)) this.feature(name).add(value);
    } else {
      this.feature(this.names[0] ?? '_c0').add(row);
    }
  }

  private feature(name: string) {
    let feature = this.features.get(name);
    if (!feature) this.features.set(name, (feature = new FeatureAccumulator()));
    return feature;
  }

  statistics(): Statistics {
    // A feature no row has is left out (a missing column); one that some rows lack is missing in those.
    const features = [...this.features.entries()]
      .filter(([, f]) => f.present + f.missing > 0)
      .map(([name, f]): FeatureStatistics => {
        f.flushDigest();
        const common = { num_present: f.present, num_missing: this.rows - f.present };
        const type = f.type;
        const typeCounts = { integral: f.integral, fractional: f.fractional, string: f.strings };
        const categories = f.overflowed
          ? undefined
          : { categorical: { buckets: [...f.values.entries()].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count })) } };
        if (type === 'Integral' || type === 'Fractional') {
          const numeric = f.integral + f.fractional;
          const mean = f.sum / numeric;
          const variance = Math.max(0, f.sumOfSquares / numeric - mean * mean);
          return {
            name,
            inferred_type: type,
            numerical_statistics: {
              common,
              mean,
              sum: f.sum,
              std_dev: Math.sqrt(variance),
              min: f.min,
              max: f.max,
              distribution: {
                tdigest: {
                  buckets: buckets(f.digest, f.min, f.max, numeric),
                  centroids: f.digest.toArray().map((c) => [c.mean, c.n]),
                },
              },
            },
            type_counts: typeCounts,
          };
        }
        return {
          name,
          inferred_type: type,
          string_statistics: {
            common,
            distinct_count: f.overflowed ? MAX_CATEGORIES : f.values.size,
            ...(categories ? { distribution: categories } : {}),
          },
          type_counts: typeCounts,
        };
      });
    return { version: 0, dataset: { item_count: this.rows }, features };
  }
}

/** Equal-width buckets between min and max, with counts read from the digest. */
function buckets(digest: TDigest, min: number, max: number, count: number): Bucket[] {
  if (min === max) return [{ lower_bound: min, upper_bound: max, count }];
  const width = (max - min) / BUCKETS;
  const edges = Array.from({ length: BUCKETS + 1 }, (_, i) => (i === BUCKETS ? max : min + i * width));
  const cdf = edges.map((edge, i) => (i === BUCKETS ? 1 : i === 0 ? 0 : (digest.p_rank(edge) as number)));
  return edges.slice(0, BUCKETS).map((lower, i) => ({
    lower_bound: lower,
    upper_bound: edges[i + 1],
    count: Math.round((cdf[i + 1] - cdf[i]) * count),
  }));
}

/** The constraints a baseline suggests: its types, completeness, signs and value sets. */
export function suggestConstraints(statistics: Statistics, thresholds: Thresholds = DEFAULT_THRESHOLDS): Constraints {
  return {
    version: 0,
    features: statistics.features.map((feature) => {
      const common = feature.numerical_statistics?.common ?? feature.string_statistics!.common;
      const constraint: FeatureConstraint = {
        name: feature.name,
        inferred_type: feature.inferred_type,
        completeness: common.num_present / Math.max(1, common.num_present + common.num_missing),
      };
      if (feature.numerical_statistics) constraint.num_constraints = { is_non_negative: feature.numerical_statistics.min >= 0 };
      const categories = feature.string_statistics?.distribution?.categorical.buckets;
      if (categories) constraint.string_constraints = { domains: categories.map((b) => b.value).sort() };
      return constraint;
    }),
    monitoring_config: {
      evaluate_constraints: 'Enabled',
      emit_metrics: 'Enabled',
      datatype_check_threshold: thresholds.dataType,
      domain_content_threshold: thresholds.domainContent,
      distribution_constraints: {
        perform_comparison: 'Enabled',
        comparison_threshold: thresholds.drift,
        comparison_method: thresholds.method,
      },
    },
  };
}

const digestOf = (feature: FeatureStatistics) => {
  const digest = new TDigest(DIGEST_DELTA, 25, 1.1);
  digest.push_centroid(feature.numerical_statistics!.distribution.tdigest.centroids.map(([mean, n]) => ({ mean, n })));
  return digest;
};

/** Cumulative distribution of a numerical feature, read from its digest: 0 below its min, 1 from its max. */
function cdfOf(feature: FeatureStatistics): (x: number) => number {
  const stats = feature.numerical_statistics!;
  const digest = digestOf(feature);
  return (x) => (x < stats.min ? 0 : x >= stats.max ? 1 : (digest.p_rank(x) as number));
}

/**
 * Distance between a baseline's and a window's distributions of a numerical feature: the largest gap
 * between their cumulative distributions (Kolmogorov-Smirnov), or, over the baseline's buckets plus one
 * below and one above, the Jensen-Shannon divergence (base 2, 0 to 1) or the population stability index.
 */
export function driftDistance(baseline: FeatureStatistics, current: FeatureStatistics, method: DriftMethod): number {
  const base = cdfOf(baseline);
  const now = cdfOf(current);
  if (method === 'KolmogorovSmirnov') {
    const points = [
      ...baseline.numerical_statistics!.distribution.tdigest.centroids.map(([mean]) => mean),
      ...current.numerical_statistics!.distribution.tdigest.centroids.map(([mean]) => mean),
      baseline.numerical_statistics!.min,
      baseline.numerical_statistics!.max,
      current.numerical_statistics!.min,
      current.numerical_statistics!.max,
    ];
    return points.reduce((largest, x) => Math.max(largest, Math.abs(base(x) - now(x))), 0);
  }
  const edges = baseline.numerical_statistics!.distribution.tdigest.buckets.map((b) => b.upper_bound).slice(0, -1);
  edges.unshift(baseline.numerical_statistics!.min);
  edges.push(baseline.numerical_statistics!.max);
  const masses = (cdf: (x: number) => number) => {
    const at = edges.map((edge, i) => (i === 0 ? cdf(edge - Number.EPSILON * Math.max(1, Math.abs(edge))) : cdf(edge)));
    return [at[0], ...at.slice(1).map((value, i) => value - at[i]), 1 - at[at.length - 1]];
  };
  const p = masses(base);
  const q = masses(now);
  const epsilon = 1e-6;
  if (method === 'PopulationStabilityIndex') {
    return p.reduce((sum, pi, i) => {
      const a = Math.max(pi, epsilon);
      const b = Math.max(q[i], epsilon);
      return sum + (b - a) * Math.log(b / a);
    }, 0);
  }
  const m = p.map((pi, i) => (pi + q[i]) / 2);
  const kl = (x: number[]) => x.reduce((sum, xi, i) => (xi > 0 && m[i] > 0 ? sum + xi * Math.log2(xi / m[i]) : sum), 0);
  return Math.max(0, (kl(p) + kl(q)) / 2);
}

/**
 * The Kolmogorov-Smirnov distance two samples of these sizes from one distribution exceed 1% of the
 * time: a small window's distance is noisy, so a distance under it is not taken as drift.
 */
export const ksCriticalValue = (n: number, m: number) => (n > 0 && m > 0 ? 1.628 * Math.sqrt((n + m) / (n * m)) : Infinity);

const commonOf = (feature: FeatureStatistics) => feature.numerical_statistics?.common ?? feature.string_statistics!.common;
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * Violations of a window's statistics against a baseline's statistics and constraints, with Model
 * Monitor's check types. A feature the window lacks is a missing column; one the baseline lacks, an
 * extra column; the other checks run on the features both have.
 */
export function checkConstraints(baseline: Statistics, constraints: Constraints, current: Statistics, thresholds: Thresholds): Violation[] {
  const violations: Violation[] = [];
  const now = new Map(current.features.map((f) => [f.name, f]));
  const before = new Map(baseline.features.map((f) => [f.name, f]));
  for (const constraint of constraints.features) {
    const feature = now.get(constraint.name);
    const base = before.get(constraint.name);
    if (!feature) {
      violations.push({
        feature_name: constraint.name,
        constraint_check_type: 'missing_column_check',
        description: `the baseline has feature ${constraint.name}; the captured inputs do not`,
      });
      continue;
    }
    const common = commonOf(feature);
    const completeness = share(common.num_present, common.num_present + common.num_missing);
    if (completeness < constraint.completeness * thresholds.completeness) {
      violations.push({
        feature_name: constraint.name,
        constraint_check_type: 'completeness_check',
        description: `completeness ${percent(completeness)} is below the baseline's ${percent(constraint.completeness)} (threshold ${thresholds.completeness})`,
      });
    }
    const counts = feature.type_counts;
    const conforming =
      constraint.inferred_type === 'Integral'
        ? counts.integral
        : constraint.inferred_type === 'Fractional'
          ? counts.integral + counts.fractional
          : common.num_present;
    const typed = share(conforming, common.num_present);
    if (constraint.inferred_type !== 'Unknown' && typed < thresholds.dataType) {
      violations.push({
        feature_name: constraint.name,
        constraint_check_type: 'data_type_check',
        description: `${percent(typed)} of values are ${constraint.inferred_type}, below the threshold of ${percent(thresholds.dataType)}`,
      });
      continue;
    }
    if (base?.numerical_statistics && feature.numerical_statistics) {
      const distance = driftDistance(base, feature, thresholds.method);
      const critical =
        thresholds.method === 'KolmogorovSmirnov'
          ? ksCriticalValue(base.numerical_statistics.common.num_present, feature.numerical_statistics.common.num_present)
          : 0;
      if (distance > thresholds.drift && distance > critical) {
        violations.push({
          feature_name: constraint.name,
          constraint_check_type: 'baseline_drift_check',
          description: `${thresholds.method} distance ${distance.toFixed(4)} from the baseline exceeds the threshold of ${thresholds.drift}${
            critical > thresholds.drift
              ? ` and the ${critical.toFixed(4)} that chance alone reaches 1% of the time with this many rows`
              : ''
          }`,
        });
      }
    }
    const domain = constraint.string_constraints?.domains;
    const values = feature.string_statistics?.distribution?.categorical.buckets;
    if (domain && values) {
      const known = new Set(domain);
      const within = share(
        values.filter((v) => known.has(v.value)).reduce((sum, v) => sum + v.count, 0),
        common.num_present,
      );
      if (within < thresholds.domainContent) {
        const unknown = values
          .filter((v) => !known.has(v.value))
          .slice(0, 5)
          .map((v) => JSON.stringify(v.value));
        violations.push({
          feature_name: constraint.name,
          constraint_check_type: 'categorical_values_check',
          description: `${percent(within)} of values are in the baseline's set, below the threshold of ${percent(thresholds.domainContent)}; new values include ${unknown.join(', ')}`,
        });
      }
    }
  }
  for (const feature of current.features) {
    if (!before.has(feature.name)) {
      violations.push({
        feature_name: feature.name,
        constraint_check_type: 'extra_column_check',
        description: `the captured inputs have feature ${feature.name}; the baseline does not`,
      });
    }
  }
  return violations;
}
