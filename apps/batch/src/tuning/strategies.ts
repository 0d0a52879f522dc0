import type { TuningStrategy } from '@modelserve/schemas';
import { expectedImprovement, GaussianProcess } from './gaussian-process';
import type { SearchSpace } from './search-space';

/** A training job of a tuning job (or of a warm-start parent), as the search sees it. */
export interface Trial {
  hyperParameters: Record<string, string>;
  /** The objective's final value, oriented so that larger is better; unset while unknown. */
  score?: number;
  /** Still running: its point is taken, its score not yet known. */
  open: boolean;
}

export interface SearchState {
  space: SearchSpace;
  strategy: TuningStrategy;
  seed: number;
  /** This job's trials, in the order they were started; they decide the index of the next. */
  trials: readonly Trial[];
  /** Finished trials of warm-start parents: they inform Bayesian search, and are not repeated. */
  prior: readonly Trial[];
}

/** Random trials before Bayesian search has enough results to fit its surrogate. */
export const BAYESIAN_RANDOM_START = 4;
/** Results the surrogate is fitted to at most (the best half and the latest half), to bound its cost. */
const MAX_FITTED = 200;
const RANDOM_CANDIDATES = 1500;
const LOCAL_CANDIDATES = 60;
const LOCAL_CENTERS = 5;

/**
 * The hyperparameters of the next `count` training jobs; fewer when the space has run out (a grid
 * fully enumerated). Each trial's random draws come from the seed and its index, so a run with the
 * same seed and the same results proposes the same trials.
 */
export function propose(state: SearchState, count: number): Record<string, string>[] {
  const { space, strategy, trials } = state;
  if (strategy === 'Grid') {
    return (space.grid() ?? []).slice(trials.length, trials.length + count);
  }
  const taken = [...trials, ...state.prior].flatMap((t) => {
    const point = space.encode(t.hyperParameters);
    return point ? [point] : [];
  });
  const proposals: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const random = seededRandom(state.seed, trials.length + i);
    const scored = [...trials, ...state.prior].filter((t) => t.score !== undefined).length;
    const point =
      strategy === 'Bayesian' && scored >= BAYESIAN_RANDOM_START ? bayesianPoint(state, taken, random) : freshSample(space, taken, random);
    taken.push(point);
    proposals.push(space.decode(point));
  }
  return proposals;
}

/** A sample not yet tried, where the space has one left (a small discrete space may not). */
function freshSample(space: SearchSpace, taken: number[][], random: () => number): number[] {
  let point = space.snap(space.sample(random));
  for (let attempt = 0; attempt < 50 && taken.some((t) => same(t, point)); attempt++) point = space.snap(space.sample(random));
  return point;
}

/**
 * The candidate with the largest expected improvement under a Gaussian process fitted to the scores so
 * far. Trials still running count at the surrogate's own prediction ("kriging believer"), so that jobs
 * proposed while others run spread out instead of piling onto one point.
 */
function bayesianPoint(state: SearchState, taken: number[][], random: () => number): number[] {
  const { space } = state;
  const observed: { point: number[]; score: number }[] = [];
  for (const trial of [...state.prior, ...state.trials]) {
    const point = space.encode(trial.hyperParameters);
    if (point && trial.score !== undefined && Number.isFinite(trial.score)) observed.push({ point, score: trial.score });
  }
  const fitted = boundedSample(observed);
  let model = GaussianProcess.fit(
    fitted.map((o) => o.point),
    fitted.map((o) => o.score),
  );
  const pending = taken.filter((t) => !observed.some((o) => same(o.point, t)));
  if (pending.length > 0) {
    const believed = [...fitted, ...pending.map((point) => ({ point, score: model.predict(point).mean }))];
    model = GaussianProcess.fit(
      believed.map((o) => o.point),
      believed.map((o) => o.score),
    );
  }
  const best = Math.max(...fitted.map((o) => o.score));
  const spread = Math.max(...fitted.map((o) => o.score)) - Math.min(...fitted.map((o) => o.score)) || 1;
  const candidates: number[][] = [];
  for (let i = 0; i < RANDOM_CANDIDATES; i++) candidates.push(space.sample(random));
  // Around the best results, where the optimum most likely is, candidates are also drawn close by.
  const centers = [...fitted].sort((a, b) => b.score - a.score).slice(0, LOCAL_CENTERS);
  for (const center of centers) {
    for (let i = 0; i < LOCAL_CANDIDATES; i++) {
      const width = i % 2 === 0 ? 0.03 : 0.12;
      candidates.push(center.point.map((x) => x + width * gaussian(random)));
    }
  }
  let chosen: { point: number[]; value: number } | undefined;
  for (const candidate of candidates) {
    const point = space.snap(candidate);
    if (taken.some((t) => same(t, point))) continue;
    const { mean, sd } = model.predict(point);
    const value = expectedImprovement(mean, sd, best, 0.01 * spread);
    if (!chosen || value > chosen.value) chosen = { point, value };
  }
  return chosen?.point ?? freshSample(space, taken, random);
}

function boundedSample<T extends { score: number }>(observed: T[]): T[] {
  if (observed.length <= MAX_FITTED) return observed;
  const latest = observed.slice(-MAX_FITTED / 2);
  const rest = observed.slice(0, -MAX_FITTED / 2).sort((a, b) => b.score - a.score);
  return [...rest.slice(0, MAX_FITTED / 2), ...latest];
}

const same = (a: readonly number[], b: readonly number[]) => a.every((x, i) => Math.abs(x - b[i]) < 1e-9);

/** mulberry32 over a seed mixed with the trial's index: small, fast and reproducible across platforms. */
export function seededRandom(seed: number, index: number): () => number {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The objective values a training job printed, in order, oriented so that larger is better. */
export interface Progress {
  job: string;
  open: boolean;
  scores: readonly number[];
}

/** Jobs reporting fewer values than this are not judged by the median rule. */
export const MEDIAN_RULE_MIN_STEPS = 2;
/** Earlier jobs the median rule needs before it stops anything. */
export const MEDIAN_RULE_MIN_REFERENCES = 3;

/**
 * SageMaker's early stopping ("Auto"): a running job whose best value after t reports is worse than the
 * median, over finished jobs with at least t reports, of their running averages of the first t.
 */
export function medianRuleStops(progress: readonly Progress[]): string[] {
  const stops: string[] = [];
  for (const job of progress) {
    const t = job.scores.length;
    if (!job.open || t < MEDIAN_RULE_MIN_STEPS) continue;
    const references = progress.filter((p) => !p.open && p.scores.length >= t).map((p) => mean(p.scores.slice(0, t)));
    if (references.length < MEDIAN_RULE_MIN_REFERENCES) continue;
    if (Math.max(...job.scores) < median(references)) stops.push(job.job);
  }
  return stops;
}

/** Hyperband's reduction factor: of the jobs reaching a rung, the best third go on. */
export const HYPERBAND_ETA = 3;

/**
 * Asynchronous successive halving, the early stopping of Hyperband: rungs sit at minResource × 3^k
 * reports; a running job that has reached a rung with at least three jobs there goes on only while
 * it is in the top third of them by its best value up to that rung.
 */
export function hyperbandStops(progress: readonly Progress[], minResource: number, maxResource: number): string[] {
  const stops: string[] = [];
  for (const job of progress) {
    if (!job.open) continue;
    let rung = 0;
    for (let r = minResource; r <= job.scores.length && r < maxResource; r *= HYPERBAND_ETA) rung = r;
    if (rung === 0) continue;
    const atRung = progress.filter((p) => p.scores.length >= rung).map((p) => ({ job: p.job, best: Math.max(...p.scores.slice(0, rung)) }));
    if (atRung.length < HYPERBAND_ETA) continue;
    atRung.sort((a, b) => b.best - a.best);
    const goOn = Math.ceil(atRung.length / HYPERBAND_ETA);
    if (atRung.findIndex((p) => p.job === job.job) >= goOn) stops.push(job.job);
  }
  return stops;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
