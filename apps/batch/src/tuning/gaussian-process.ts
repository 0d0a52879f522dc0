/**
 * Gaussian-process regression over points of the unit cube, the surrogate model of Bayesian search.
 * The kernel is Matérn 5/2 with one length scale; the outputs are standardised, and the length scale
 * and the noise are chosen by the largest log marginal likelihood over a fixed grid (no gradient steps,
 * so a fit is deterministic and cannot diverge).
 */
export class GaussianProcess {
  private constructor(
    private readonly points: readonly number[][],
    private readonly lengthScale: number,
    private readonly cholesky: number[][],
    /** K⁻¹ y, for the posterior mean. */
    private readonly alpha: number[],
    private readonly mean: number,
    private readonly scale: number,
  ) {}

  static readonly LENGTH_SCALES = [0.05, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2];
  static readonly NOISES = [1e-6, 1e-4, 1e-2, 0.1];

  static fit(points: readonly number[][], values: readonly number[]): GaussianProcess {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
    const scale = Math.sqrt(variance) || 1;
    const y = values.map((v) => (v - mean) / scale);
    let best: { likelihood: number; model: GaussianProcess } | undefined;
    for (const lengthScale of GaussianProcess.LENGTH_SCALES) {
      const kernel = points.map((a) => points.map((b) => matern52(distance(a, b), lengthScale)));
      for (const noise of GaussianProcess.NOISES) {
        const L = choleskyOf(kernel.map((row, i) => row.map((k, j) => (i === j ? k + noise : k))));
        if (!L) continue;
        const alpha = solveUpper(L, solveLower(L, y));
        // log p(y) = -½ yᵀK⁻¹y - Σ log Lᵢᵢ - n/2 log 2π; the constant does not change the choice.
        const likelihood = -0.5 * dot(y, alpha) - L.reduce((sum, row, i) => sum + Math.log(row[i]), 0);
        if (!best || likelihood > best.likelihood) {
          best = { likelihood, model: new GaussianProcess(points, lengthScale, L, alpha, mean, scale) };
        }
      }
    }
    if (!best) throw new Error('no kernel setting gave a positive-definite covariance');
    return best.model;
  }

  /** The posterior mean and standard deviation at a point, in the units of the values fitted. */
  predict(point: readonly number[]): { mean: number; sd: number } {
    const k = this.points.map((p) => matern52(distance(p, point), this.lengthScale));
    const v = solveLower(this.cholesky, k);
    const variance = Math.max(1e-12, 1 - dot(v, v));
    return { mean: this.mean + this.scale * dot(k, this.alpha), sd: this.scale * Math.sqrt(variance) };
  }
}

/** Expected improvement over `best` when larger values are better; `xi` trades exploration for exploitation. */
export function expectedImprovement(mean: number, sd: number, best: number, xi = 0.01): number {
  if (sd <= 0) return Math.max(0, mean - best - xi);
  const z = (mean - best - xi) / sd;
  return (mean - best - xi) * normalCdf(z) + sd * normalPdf(z);
}

function matern52(r: number, lengthScale: number): number {
  const s = (Math.sqrt(5) * r) / lengthScale;
  return (1 + s + (s * s) / 3) * Math.exp(-s);
}

function distance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** The lower-triangular L with L Lᵀ = A; undefined when A is not positive definite. */
function choleskyOf(a: number[][]): number[][] | undefined {
  const n = a.length;
  const L = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      if (i === j) {
        if (sum <= 0) return undefined;
        L[i][i] = Math.sqrt(sum);
      } else {
        L[i][j] = sum / L[j][j];
      }
    }
  }
  return L;
}

function solveLower(L: number[][], b: readonly number[]): number[] {
  const x = new Array<number>(b.length);
  for (let i = 0; i < b.length; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= L[i][k] * x[k];
    x[i] = sum / L[i][i];
  }
  return x;
}

/** Solves Lᵀ x = b. */
function solveUpper(L: number[][], b: readonly number[]): number[] {
  const n = b.length;
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i];
    for (let k = i + 1; k < n; k++) sum -= L[k][i] * x[k];
    x[i] = sum / L[i][i];
  }
  return x;
}

function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Φ(z) through erf, with Abramowitz and Stegun's 7.1.26 (absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
