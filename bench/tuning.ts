import { SearchSpace } from '../apps/batch/src/tuning/search-space';
import { propose, type Trial } from '../apps/batch/src/tuning/strategies';
import type { TuningStrategy } from '@modelserve/schemas';

/**
 * How well and how fast the tuning strategies search, on known functions with known minima (no
 * training jobs: the strategies' own code, with the objective computed at once). For each function and
 * budget, the median over seeds of the regret (best value found minus the minimum) of Bayesian and
 * Random search, and the time Bayesian search takes to propose a trial.
 */
interface Problem {
  name: string;
  space: SearchSpace;
  minimum: number;
  value(hp: Record<string, string>): number;
}

const continuous = (ranges: [string, number, number][]) =>
  new SearchSpace({ integer: [], categorical: [], continuous: ranges.map(([name, min, max]) => ({ name, min, max, scaling: 'Linear' })) });

const PROBLEMS: Problem[] = [
  {
    name: 'Branin (2 continuous)',
    space: continuous([
      ['x', -5, 10],
      ['y', 0, 15],
    ]),
    minimum: 0.397887,
    value: ({ x, y }) => {
      const [a, b] = [Number(x), Number(y)];
      return (b - (5.1 / (4 * Math.PI ** 2)) * a ** 2 + (5 / Math.PI) * a - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(a) + 10;
    },
  },
  {
    name: 'Learning rate, layers, activation (log, integer, categorical)',
    space: new SearchSpace({
      continuous: [{ name: 'lr', min: 1e-5, max: 1, scaling: 'Logarithmic' }],
      integer: [{ name: 'layers', min: 1, max: 12, scaling: 'Linear' }],
      categorical: [{ name: 'activation', values: ['relu', 'tanh', 'gelu'] }],
    }),
    minimum: 0,
    value: ({ lr, layers, activation }) =>
      (Math.log10(Number(lr)) + 2.5) ** 2 / 4 + (Number(layers) - 7) ** 2 / 25 + (activation === 'gelu' ? 0 : 0.3),
  },
];

const SEEDS = Array.from({ length: 15 }, (_, i) => i + 1);
const BUDGETS = [15, 30];

function regret(problem: Problem, strategy: TuningStrategy, seed: number, budget: number): number {
  const trials: Trial[] = [];
  while (trials.length < budget) {
    const [hyperParameters] = propose({ space: problem.space, strategy, seed, trials, prior: [] }, 1);
    trials.push({ hyperParameters, open: false, score: -problem.value(hyperParameters) });
  }
  return -Math.max(...trials.map((t) => t.score!)) - problem.minimum;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const problem of PROBLEMS) {
  for (const budget of BUDGETS) {
    const started = process.hrtime.bigint();
    const bayesian = SEEDS.map((seed) => regret(problem, 'Bayesian', seed, budget));
    const msPerTrial = Number(process.hrtime.bigint() - started) / 1e6 / (SEEDS.length * budget);
    const random = SEEDS.map((seed) => regret(problem, 'Random', seed, budget));
    console.log(
      `${problem.name}, ${budget} trials, ${SEEDS.length} seeds: median regret Bayesian ${median(bayesian).toFixed(4)}, ` +
        `Random ${median(random).toFixed(4)} (Bayesian/Random ${(median(bayesian) / median(random)).toFixed(3)}); ` +
        `Bayesian wins on ${bayesian.filter((b, i) => b < random[i]).length} of ${SEEDS.length} seeds; ${msPerTrial.toFixed(1)} ms to propose a trial`,
    );
  }
}
