import type { ParameterScaling } from '@modelserve/schemas';

/** The ranges of a tuning job, as a request gives them or as they are stored. */
export interface RangeSet {
  integer: readonly NumericRange[];
  continuous: readonly NumericRange[];
  categorical: readonly { name: string; values: string[] }[];
}
interface NumericRange {
  name: string;
  min: number;
  max: number;
  /** Auto, Linear, Logarithmic or ReverseLogarithmic. */
  scaling: string;
}

/**
 * The space a tuning job searches, as points of the unit cube: one coordinate per integer or
 * continuous range (after its scaling, so that a logarithmic range is searched evenly in orders of
 * magnitude) and one per value of each categorical range (one-hot, decoded by the largest). Training
 * jobs get the decoded values as hyperparameter strings, as SageMaker passes them.
 */
export class SearchSpace {
  readonly dimensions: number;
  private readonly numeric: NumericDimension[];
  private readonly categorical: { name: string; values: string[]; offset: number }[];

  constructor(ranges: RangeSet) {
    this.numeric = [
      ...ranges.integer.map((r) => numericDimension(r.name, r.min, r.max, r.scaling, true)),
      ...ranges.continuous.map((r) => numericDimension(r.name, r.min, r.max, r.scaling, false)),
    ];
    let offset = this.numeric.length;
    this.categorical = ranges.categorical.map((r) => {
      const dimension = { name: r.name, values: r.values, offset };
      offset += r.values.length;
      return dimension;
    });
    this.dimensions = offset;
  }

  get names(): string[] {
    return [...this.numeric.map((d) => d.name), ...this.categorical.map((d) => d.name)];
  }

  /** The hyperparameters a point stands for. */
  decode(point: readonly number[]): Record<string, string> {
    const values: Record<string, string> = {};
    this.numeric.forEach((d, i) => {
      const value = Math.min(d.max, Math.max(d.min, d.fromUnit(clamp(point[i]))));
      values[d.name] = d.integer ? String(Math.round(value)) : String(Number(value.toPrecision(10)));
    });
    for (const d of this.categorical) {
      let best = 0;
      for (let j = 1; j < d.values.length; j++) if (point[d.offset + j] > point[d.offset + best]) best = j;
      values[d.name] = d.values[best];
    }
    return values;
  }

  /** The point of a set of hyperparameters; undefined when one is missing or outside its range. */
  encode(values: Readonly<Record<string, string>>): number[] | undefined {
    const point = new Array<number>(this.dimensions).fill(0);
    for (const [i, d] of this.numeric.entries()) {
      const value = Number(values[d.name]);
      if (values[d.name] === undefined || !Number.isFinite(value) || value < d.min || value > d.max) return undefined;
      point[i] = d.toUnit(value);
    }
    for (const d of this.categorical) {
      const index = d.values.indexOf(values[d.name]);
      if (index < 0) return undefined;
      point[d.offset + index] = 1;
    }
    return point;
  }

  /** The point a decoded point lands on: integers rounded, categories one-hot. Search compares these. */
  snap(point: readonly number[]): number[] {
    return this.encode(this.decode(point))!;
  }

  /** A point drawn evenly from the space. */
  sample(random: () => number): number[] {
    const point = this.numeric.map(() => random());
    for (const d of this.categorical) {
      const chosen = Math.floor(random() * d.values.length);
      for (let j = 0; j < d.values.length; j++) point.push(j === chosen ? 1 : 0);
    }
    return point;
  }

  /**
   * Every combination of categorical values and integers, in order (the first range varies slowest);
   * undefined when a continuous range makes the grid infinite.
   */
  grid(): Record<string, string>[] | undefined {
    if (this.numeric.some((d) => !d.integer)) return undefined;
    const axes: [string, string[]][] = [
      ...this.numeric.map((d): [string, string[]] => [d.name, integersOf(d.min, d.max)]),
      ...this.categorical.map((d): [string, string[]] => [d.name, d.values]),
    ];
    let combinations: Record<string, string>[] = [{}];
    for (const [name, values] of axes) combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
    return combinations;
  }

  /** How many points the grid has, without listing them. */
  gridSize(): number {
    if (this.numeric.some((d) => !d.integer)) return Infinity;
    return [...this.numeric.map((d) => d.max - d.min + 1), ...this.categorical.map((d) => d.values.length)].reduce((a, b) => a * b, 1);
  }
}

interface NumericDimension {
  name: string;
  min: number;
  max: number;
  integer: boolean;
  toUnit(value: number): number;
  fromUnit(unit: number): number;
}

/**
 * Auto searches logarithmically a positive range spanning three orders of magnitude or more, where a
 * linear search would spend nearly every trial in the top decade; linearly otherwise.
 */
export function effectiveScaling(min: number, max: number, scaling: string): Exclude<ParameterScaling, 'Auto'> {
  if (scaling === 'Linear' || scaling === 'Logarithmic' || scaling === 'ReverseLogarithmic') return scaling;
  return min > 0 && max / min >= 1000 ? 'Logarithmic' : 'Linear';
}

function numericDimension(name: string, min: number, max: number, scaling: string, integer: boolean): NumericDimension {
  const span = (a: number, b: number, u: number) => a + u * (b - a);
  const share = (a: number, b: number, v: number) => (b === a ? 0 : (v - a) / (b - a));
  // Integers are searched over [min - 0.5, max + 0.5] so that every integer gets an equal share.
  const [low, high] = integer ? [min - 0.5, max + 0.5] : [min, max];
  switch (effectiveScaling(min, max, scaling)) {
    case 'Logarithmic': {
      const [a, b] = integer ? [Math.log(Math.max(min - 0.5, min / 2)), Math.log(max + 0.5)] : [Math.log(min), Math.log(max)];
      return { name, min, max, integer, toUnit: (v) => share(a, b, Math.log(v)), fromUnit: (u) => Math.exp(span(a, b, u)) };
    }
    case 'ReverseLogarithmic': {
      // Dense near 1: log(1 - v) is spread evenly (for values such as a momentum of 0.9 to 0.999).
      const [a, b] = [Math.log(1 - min), Math.log(1 - max)];
      return { name, min, max, integer, toUnit: (v) => share(a, b, Math.log(1 - v)), fromUnit: (u) => 1 - Math.exp(span(a, b, u)) };
    }
    default:
      return { name, min, max, integer, toUnit: (v) => share(low, high, v), fromUnit: (u) => span(low, high, u) };
  }
}

const clamp = (u: number) => Math.min(1, Math.max(0, u));

function integersOf(min: number, max: number): string[] {
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
}
