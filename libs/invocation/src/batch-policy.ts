/**
 * When a batch is worth waiting for.
 *
 * The time of one run is modelled as t(n) = a + b·n: a fixed cost per run (the hop to a worker, the
 * session call, the per-run work of the model) and a cost per row, fitted by least squares over recent
 * runs with exponential forgetting, as BentoML fits its batching window. Requests arrive at a rate λ
 * (an average of recent gaps between arrivals).
 *
 * The executor keeps up with the traffic only if a run of n rows takes no longer than those n rows
 * take to arrive: a + b·n <= n/λ, that is n >= λ·a / (1 − λ·b). That smallest sustainable batch is the
 * target. When the executor is free and fewer rows wait, dispatching at once would start runs too small
 * to keep up (and burn the fixed cost over and over), so the batcher waits for the missing rows, about
 * (target − n)/λ, never past maxQueueDelay for the oldest request. Under light load λ·a < 1, the target
 * is one row and nothing ever waits; when a single row already outpaces the executor (λ·b >= 1) the
 * target is the largest batch. While every run slot is busy, requests simply gather, and the next free
 * slot takes all of them (up to maxBatchSize).
 */
export class BatchPolicy {
  // Exponentially weighted sums for the least-squares fit of run time against rows.
  private weight = 0;
  private sumRows = 0;
  private sumMs = 0;
  private sumRowsSquared = 0;
  private sumRowsMs = 0;
  private fixed = 0;
  private perRow = 0;
  private lastArrival = -1;
  private meanGapMs = Infinity;

  constructor(
    /** How much of the fit a new run replaces; 0.05 remembers about the last twenty runs. */
    private readonly forgetting = 0.05,
    private readonly arrivalSmoothing = 0.05,
  ) {}

  /** Records an arrival at `now` (ms). */
  arrived(now: number, rows = 1) {
    if (this.lastArrival >= 0) {
      const gap = (now - this.lastArrival) / rows;
      this.meanGapMs = this.meanGapMs === Infinity ? gap : this.meanGapMs + this.arrivalSmoothing * (gap - this.meanGapMs);
    }
    this.lastArrival = now;
  }

  /** Records a run of `rows` rows that took `ms`. */
  ran(rows: number, ms: number) {
    const keep = 1 - this.forgetting;
    this.weight = this.weight * keep + 1;
    this.sumRows = this.sumRows * keep + rows;
    this.sumMs = this.sumMs * keep + ms;
    this.sumRowsSquared = this.sumRowsSquared * keep + rows * rows;
    this.sumRowsMs = this.sumRowsMs * keep + rows * ms;
    const meanRows = this.sumRows / this.weight;
    const meanMs = this.sumMs / this.weight;
    const variance = this.sumRowsSquared / this.weight - meanRows * meanRows;
    // With runs of one size only, the split between fixed and per-row cost is unknown: count it all as
    // fixed, which is what a run of that size costs and errs towards batching.
    const slope = variance > 1e-9 ? (this.sumRowsMs / this.weight - meanRows * meanMs) / variance : 0;
    this.perRow = Math.max(0, slope);
    this.fixed = Math.max(0, meanMs - this.perRow * meanRows);
  }

  /** Arrivals per millisecond. */
  get arrivalRate(): number {
    return this.meanGapMs === Infinity ? 0 : 1 / Math.max(this.meanGapMs, 1e-6);
  }

  get fixedMs() {
    return this.fixed;
  }

  get perRowMs() {
    return this.perRow;
  }

  /** The smallest batch that keeps up with the current arrival rate, from 1 to `maxRows`. */
  targetRows(maxRows: number): number {
    const rate = this.arrivalRate;
    const load = rate * this.perRow;
    if (load >= 1) return maxRows;
    return Math.min(maxRows, Math.max(1, Math.ceil((rate * this.fixed) / (1 - load))));
  }

  /**
   * How long (ms) to hold `rows` waiting rows, the oldest waiting `oldestWaitMs`, before running them:
   * 0 to run now.
   */
  waitMs(rows: number, oldestWaitMs: number, maxRows: number, maxDelayMs: number): number {
    const target = this.targetRows(maxRows);
    if (rows >= target) return 0;
    const rate = this.arrivalRate;
    if (rate <= 0) return 0;
    return Math.max(0, Math.min((target - rows) / rate, maxDelayMs - oldestWaitMs));
  }

  /** Roughly how long (ms) the rows waiting would take to run, for a Retry-After hint. */
  drainMs(rows: number, maxRows: number): number {
    const runs = Math.ceil(rows / Math.max(1, maxRows));
    return runs * this.fixed + rows * this.perRow;
  }
}
