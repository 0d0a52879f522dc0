import { ParameterRanges, type TuningStrategy } from '@modelserve/schemas';
import { expectedImprovement, GaussianProcess, normalCdf } from './gaussian-process';
import { SearchSpace } from './search-space';
import { hyperbandStops, medianRuleStops, propose, seededRandom, type Trial } from './strategies';

/** Branin over x in [-5, 10], y in [0, 15]: three minima, all 0.397887. */
const branin = (x: number, y: number) =>
  (y - (5.1 / (4 * Math.PI ** 2)) * x ** 2 + (5 / Math.PI) * x - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x) + 10;
const BRANIN_MIN = 0.397887;
const braninSpace = new SearchSpace(
  ParameterRanges.parse({
    continuous: [
      { name: 'x', min: -5, max: 10 },
      { name: 'y', min: 0, max: 15 },
    ],
  }),
);

/** Runs a whole search against a known function, `parallel` trials at a time, and returns the best value found. */
function search(strategy: TuningStrategy, seed: number, budget: number, parallel = 1): number {
  const trials: Trial[] = [];
  while (trials.length < budget) {
    const batch = propose({ space: braninSpace, strategy, seed, trials, prior: [] }, Math.min(parallel, budget - trials.length));
    const started = batch.map((hyperParameters) => ({ hyperParameters, open: true }) as Trial);
    trials.push(...started);
    for (const trial of started) {
      // Minimized: the score is the negated value, larger being better.
      trial.score = -branin(Number(trial.hyperParameters.x), Number(trial.hyperParameters.y));
      trial.open = false;
    }
  }
  return Math.min(...trials.map((t) => -t.score!));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('Bayesian search', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7];
  const BUDGET = 30;

  it(`gets within 0.5 of Branin's minimum in ${BUDGET} trials and beats Random search's median over seven seeds`, () => {
    const bayesian = seeds.map((seed) => search('Bayesian', seed, BUDGET));
    const random = seeds.map((seed) => search('Random', seed, BUDGET));
    expect(median(bayesian) - BRANIN_MIN).toBeLessThan(0.5);
    expect(Math.max(...bayesian) - BRANIN_MIN).toBeLessThan(2);
    expect(median(bayesian)).toBeLessThan(median(random));
  });

  it('still converges when three trials run at once', () => {
    const parallel = seeds.slice(0, 5).map((seed) => search('Bayesian', seed, BUDGET, 3));
    expect(median(parallel) - BRANIN_MIN).toBeLessThan(1);
  });

  it('proposes the same trials for the same seed and results, and others for another seed', () => {
    expect(search('Bayesian', 11, 12)).toBe(search('Bayesian', 11, 12));
    const first = propose({ space: braninSpace, strategy: 'Random', seed: 1, trials: [], prior: [] }, 3);
    expect(propose({ space: braninSpace, strategy: 'Random', seed: 1, trials: [], prior: [] }, 3)).toEqual(first);
    expect(propose({ space: braninSpace, strategy: 'Random', seed: 2, trials: [], prior: [] }, 3)).not.toEqual(first);
  });

  it("starts from warm-start results: with a parent's trials its first trials beat those of a cold start", () => {
    const prior: Trial[] = [];
    for (let i = 0; i < 20; i++) {
      const [hyperParameters] = propose({ space: braninSpace, strategy: 'Random', seed: 99, trials: prior, prior: [] }, 1);
      prior.push({ hyperParameters, open: false, score: -branin(Number(hyperParameters.x), Number(hyperParameters.y)) });
    }
    const firstFive = (seed: number, parents: Trial[]) => {
      const trials: Trial[] = [];
      for (let i = 0; i < 5; i++) {
        const [hyperParameters] = propose({ space: braninSpace, strategy: 'Bayesian', seed, trials, prior: parents }, 1);
        trials.push({ hyperParameters, open: false, score: -branin(Number(hyperParameters.x), Number(hyperParameters.y)) });
      }
      return Math.min(...trials.map((t) => -t.score!));
    };
    const warm = seeds.map((seed) => firstFive(seed, prior));
    const cold = seeds.map((seed) => firstFive(seed, []));
    expect(median(warm)).toBeLessThan(median(cold));
    expect(median(warm) - BRANIN_MIN).toBeLessThan(1);
  });
});

describe('search spaces', () => {
  it('enumerates a grid of integers and categories, first range slowest, and stops at its end', () => {
    const space = new SearchSpace(
      ParameterRanges.parse({ integer: [{ name: 'depth', min: 2, max: 3 }], categorical: [{ name: 'kind', values: ['a', 'b', 'c'] }] }),
    );
    expect(space.gridSize()).toBe(6);
    const all = propose({ space, strategy: 'Grid', seed: 0, trials: [], prior: [] }, 10);
    expect(all).toEqual([
      { depth: '2', kind: 'a' },
      { depth: '2', kind: 'b' },
      { depth: '2', kind: 'c' },
      { depth: '3', kind: 'a' },
      { depth: '3', kind: 'b' },
      { depth: '3', kind: 'c' },
    ]);
    const done = all.map((hyperParameters) => ({ hyperParameters, open: false }));
    expect(propose({ space, strategy: 'Grid', seed: 0, trials: done, prior: [] }, 2)).toEqual([]);
  });

  it('spreads a logarithmic range evenly over its decades and keeps integers and bounds', () => {
    const space = new SearchSpace(
      ParameterRanges.parse({
        continuous: [{ name: 'lr', min: 1e-5, max: 1e-1, scaling: 'Logarithmic' }],
        integer: [{ name: 'units', min: 1, max: 4 }],
      }),
    );
    const random = seededRandom(5, 0);
    const decades = [0, 0, 0, 0];
    const units = new Set<string>();
    for (let i = 0; i < 4000; i++) {
      const values = space.decode(space.sample(random));
      const lr = Number(values.lr);
      expect(lr).toBeGreaterThanOrEqual(1e-5);
      expect(lr).toBeLessThanOrEqual(1e-1);
      decades[Math.min(3, Math.floor(Math.log10(lr) + 5))]++;
      expect(values.units).toMatch(/^[1-4]$/);
      units.add(values.units);
    }
    for (const count of decades) expect(count).toBeGreaterThan(850);
    expect(units.size).toBe(4);
  });

  it('Auto scaling is logarithmic for a positive range over three decades, linear otherwise', () => {
    const wide = new SearchSpace(ParameterRanges.parse({ continuous: [{ name: 'c', min: 0.001, max: 10 }] }));
    const narrow = new SearchSpace(ParameterRanges.parse({ continuous: [{ name: 'c', min: 0, max: 10 }] }));
    expect(Number(wide.decode([0.5]).c)).toBeCloseTo(0.1, 6);
    expect(Number(narrow.decode([0.5]).c)).toBeCloseTo(5, 6);
  });

  it('puts ReverseLogarithmic values close to 1 evenly in 1 - value', () => {
    const space = new SearchSpace(
      ParameterRanges.parse({ continuous: [{ name: 'm', min: 0.9, max: 0.999, scaling: 'ReverseLogarithmic' }] }),
    );
    expect(Number(space.decode([0.5]).m)).toBeCloseTo(1 - 10 ** -2, 6);
    expect(space.encode({ m: '0.99' })![0]).toBeCloseTo(0.5, 6);
  });

  it('refuses hyperparameters outside the space when encoding them', () => {
    expect(braninSpace.encode({ x: '11', y: '1' })).toBeUndefined();
    expect(braninSpace.encode({ x: 'one', y: '1' })).toBeUndefined();
    expect(braninSpace.encode({ x: '0' })).toBeUndefined();
  });
});

describe('the Gaussian process', () => {
  it('interpolates what it was fitted to and is unsure far from it', () => {
    const points = [[0], [0.1], [0.2], [0.4], [0.6], [0.7], [0.9], [1]];
    const values = points.map(([x]) => Math.sin(6 * x));
    const model = GaussianProcess.fit(points, values);
    for (const [i, point] of points.entries()) expect(model.predict(point).mean).toBeCloseTo(values[i], 2);
    expect(model.predict([0.5]).mean).toBeCloseTo(Math.sin(3), 1);
    expect(model.predict([0.5]).sd).toBeGreaterThan(model.predict([0.4]).sd);
  });

  it('computes expected improvement and the normal CDF', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
    expect(expectedImprovement(0, 1, 0, 0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 6);
    expect(expectedImprovement(2, 0, 1, 0)).toBe(1);
    expect(expectedImprovement(1, 0.5, 0, 0)).toBeGreaterThan(expectedImprovement(0, 0.5, 0, 0));
  });
});

describe('early stopping', () => {
  it('the median rule stops a running job worse than the median of finished ones at the same step', () => {
    const finished = [
      { job: 'a', open: false, scores: [0.5, 0.6, 0.7] },
      { job: 'b', open: false, scores: [0.4, 0.5, 0.6] },
      { job: 'c', open: false, scores: [0.6, 0.7, 0.8] },
    ];
    expect(medianRuleStops([...finished, { job: 'poor', open: true, scores: [0.1, 0.2] }])).toEqual(['poor']);
    expect(medianRuleStops([...finished, { job: 'good', open: true, scores: [0.6, 0.65] }])).toEqual([]);
    // One report is too early to judge, and two finished jobs are too few to compare with.
    expect(medianRuleStops([...finished, { job: 'early', open: true, scores: [0.1] }])).toEqual([]);
    expect(medianRuleStops([...finished.slice(1), { job: 'poor', open: true, scores: [0.1, 0.2] }])).toEqual([]);
  });

  it('Hyperband keeps the top third at each rung once three jobs have reached it', () => {
    const progress = [
      { job: 'a', open: true, scores: [0.9] },
      { job: 'b', open: true, scores: [0.5] },
      { job: 'c', open: true, scores: [0.1] },
      { job: 'd', open: true, scores: [] },
    ];
    expect(hyperbandStops(progress, 1, 27).sort()).toEqual(['b', 'c']);
    expect(hyperbandStops(progress.slice(0, 2), 1, 27)).toEqual([]);
    // At rung 3 the best of the first three reports counts; the rung at maxResource is never judged.
    const later = [
      { job: 'a', open: true, scores: [0.9, 0.9, 0.9] },
      { job: 'b', open: false, scores: [0.95, 0.96, 0.97] },
      { job: 'c', open: false, scores: [0.8, 0.99, 0.5] },
    ];
    expect(hyperbandStops(later, 1, 27)).toEqual(['a']);
    expect(hyperbandStops(later, 1, 3)).toEqual(['a']);
    expect(hyperbandStops(later, 3, 3)).toEqual([]);
  });
});
