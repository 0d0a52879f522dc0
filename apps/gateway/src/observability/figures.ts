import type { ModelVersionRef__Output, VariantFigures } from '@modelserve/contracts';
import { countOf, observe, type SparseHistogram } from '@modelserve/service';

/** What one variant (of one model version) served since the last report. */
export class VariantFigureCounts {
  ok = 0;
  clientErrors = 0;
  serverErrors = 0;
  latency: SparseHistogram = {};
  overhead: SparseHistogram = {};
  queueWait: SparseHistogram = {};
  batchRows: SparseHistogram = {};

  constructor(
    readonly endpoint: string,
    readonly variant: string,
    readonly model: ModelVersionRef__Output | null,
  ) {}

  served(latencySeconds: number, overheadSeconds: number) {
    this.ok++;
    observe(this.latency, latencySeconds);
    observe(this.overhead, Math.max(0, overheadSeconds));
  }

  failed(status: number) {
    if (status >= 500) this.serverErrors++;
    else this.clientErrors++;
  }

  get empty() {
    return this.ok + this.clientErrors + this.serverErrors === 0 && countOf(this.batchRows) === 0;
  }

  /** The counts as a report, and zero again. */
  take(): VariantFigures {
    const histogram = (buckets: SparseHistogram) => ({ buckets });
    const report: VariantFigures = {
      endpoint: this.endpoint,
      variant: this.variant,
      model: this.model,
      ok: this.ok,
      clientErrors: this.clientErrors,
      serverErrors: this.serverErrors,
      latency: histogram(this.latency),
      overhead: histogram(this.overhead),
      queueWait: histogram(this.queueWait),
      batchRows: histogram(this.batchRows),
    };
    this.ok = this.clientErrors = this.serverErrors = 0;
    this.latency = {};
    this.overhead = {};
    this.queueWait = {};
    this.batchRows = {};
    return report;
  }
}

/**
 * The operational figures a gateway process reports to the registry, per endpoint variant and model
 * version, for `GET /v1/endpoints/{name}/metrics` (figures without Prometheus). Counts are kept per
 * variant object, bound once, so that serving a request builds no key.
 */
export class GatewayFigures {
  private readonly variants = new Map<string, VariantFigureCounts>();

  of(endpoint: string, variant: string, model: ModelVersionRef__Output | null): VariantFigureCounts {
    const key = `${endpoint}/${variant}/${model?.model ?? ''}:${model?.version ?? 0}`;
    let counts = this.variants.get(key);
    if (!counts) {
      counts = new VariantFigureCounts(endpoint, variant, model);
      this.variants.set(key, counts);
    }
    return counts;
  }

  /** What was served since the last call, for the variants that served anything. */
  take(): VariantFigures[] {
    return [...this.variants.values()].filter((counts) => !counts.empty).map((counts) => counts.take());
  }
}
