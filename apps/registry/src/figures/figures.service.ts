import type { ModelRunFigures__Output, ModelVersionRef__Output, VariantFigures__Output } from '@modelserve/contracts';
import { countOf, mergeInto, quantile, type SparseHistogram } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DB, type Db } from '../database/database';

/** Figures older than this are deleted; the figures API reads windows of up to this long. */
export const FIGURES_RETENTION_SECONDS = 7 * 24 * 3600;
const PRUNE_EVERY_MS = 10 * 60_000;

export interface Quantiles {
  count: number;
  p50?: number;
  p90?: number;
  p99?: number;
}

/** What one variant of an endpoint, serving one model version, did in a window. */
export interface VariantSummary {
  variant: string;
  model: ModelVersionRef__Output | null;
  invocations: number;
  clientErrors: number;
  serverErrors: number;
  latency: Quantiles;
  modelLatency: Quantiles;
  overheadLatency: Quantiles;
  queueWait: Quantiles;
  batchRows: Quantiles;
  modelErrors: number;
}

const quantilesOf = (histogram: SparseHistogram): Quantiles => ({
  count: countOf(histogram),
  p50: quantile(histogram, 0.5),
  p90: quantile(histogram, 0.9),
  p99: quantile(histogram, 0.99),
});

const bucketsOf = (histogram: { buckets?: Record<string, unknown> } | null | undefined) =>
  JSON.stringify(Object.fromEntries(Object.entries(histogram?.buckets ?? {}).map(([bucket, count]) => [bucket, Number(count)])));

/**
 * The operational figures gateways and workers report: kept as reported (a row per report) for
 * FIGURES_RETENTION_SECONDS, and merged per variant and model version when a window is read.
 */
@Injectable()
export class FiguresService {
  private prunedAt = 0;

  constructor(@Inject(DB) private readonly db: Db) {}

  async recordVariants(figures: VariantFigures__Output[]): Promise<void> {
    if (figures.length === 0) return;
    await this.db
      .insertInto('variant_figures')
      .values(
        figures.map((f) => ({
          endpoint: f.endpoint,
          variant: f.variant,
          model: f.model?.model ?? '',
          version: f.model?.version ?? 0,
          ok: Number(f.ok),
          client_errors: Number(f.clientErrors),
          server_errors: Number(f.serverErrors),
          latency: bucketsOf(f.latency),
          overhead: bucketsOf(f.overhead),
          queue_wait: bucketsOf(f.queueWait),
          batch_rows: bucketsOf(f.batchRows),
        })),
      )
      .execute();
    await this.pruneNowAndThen();
  }

  async recordRuns(runs: ModelRunFigures__Output[]): Promise<void> {
    const reported = runs.filter((r) => r.model);
    if (reported.length === 0) return;
    await this.db
      .insertInto('model_run_figures')
      .values(reported.map((r) => ({ model: r.model!.model, version: r.model!.version, run: bucketsOf(r.run), errors: Number(r.errors) })))
      .execute();
  }

  /** Per variant and model version, over the last `windowSeconds`: counts, and quantiles of the merged histograms. */
  async summarize(endpoint: string, windowSeconds: number): Promise<VariantSummary[]> {
    const since = sql<Date>`now() - ${`${windowSeconds} seconds`}::interval`;
    const rows = await this.db
      .selectFrom('variant_figures')
      .selectAll()
      .where('endpoint', '=', endpoint)
      .where('at', '>=', since)
      .execute();
    const merged = new Map<
      string,
      { variant: string; model: string; version: number; ok: number; client: number; server: number } & Record<
        'latency' | 'overhead' | 'queueWait' | 'batchRows',
        SparseHistogram
      >
    >();
    for (const row of rows) {
      const key = `${row.variant}/${row.model}:${row.version}`;
      let entry = merged.get(key);
      if (!entry) {
        entry = {
          variant: row.variant,
          model: row.model,
          version: row.version,
          ok: 0,
          client: 0,
          server: 0,
          latency: {},
          overhead: {},
          queueWait: {},
          batchRows: {},
        };
        merged.set(key, entry);
      }
      entry.ok += Number(row.ok);
      entry.client += Number(row.client_errors);
      entry.server += Number(row.server_errors);
      mergeInto(entry.latency, row.latency);
      mergeInto(entry.overhead, row.overhead);
      mergeInto(entry.queueWait, row.queue_wait);
      mergeInto(entry.batchRows, row.batch_rows);
    }
    const runs = await this.runsOf(
      [...merged.values()].filter((e) => e.model).map((e) => ({ model: e.model, version: e.version })),
      since,
    );
    return [...merged.values()].map((e) => {
      const run = runs.get(`${e.model}:${e.version}`);
      return {
        variant: e.variant,
        model: e.model ? { model: e.model, version: e.version } : null,
        invocations: e.ok + e.client + e.server,
        clientErrors: e.client,
        serverErrors: e.server,
        latency: quantilesOf(e.latency),
        modelLatency: quantilesOf(run?.run ?? {}),
        overheadLatency: quantilesOf(e.overhead),
        queueWait: quantilesOf(e.queueWait),
        batchRows: quantilesOf(e.batchRows),
        modelErrors: run?.errors ?? 0,
      };
    });
  }

  /** Model runs of the given versions since `since`, merged per version (over every worker). */
  private async runsOf(versions: { model: string; version: number }[], since: ReturnType<typeof sql<Date>>) {
    const runs = new Map<string, { run: SparseHistogram; errors: number }>();
    if (versions.length === 0) return runs;
    const rows = await this.db
      .selectFrom('model_run_figures')
      .selectAll()
      .where('model', 'in', [...new Set(versions.map((v) => v.model))])
      .where('at', '>=', since)
      .execute();
    for (const row of rows) {
      const key = `${row.model}:${row.version}`;
      const entry = runs.get(key) ?? { run: {}, errors: 0 };
      mergeInto(entry.run, row.run);
      entry.errors += Number(row.errors);
      runs.set(key, entry);
    }
    return runs;
  }

  private async pruneNowAndThen() {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    const before = sql<Date>`now() - ${`${FIGURES_RETENTION_SECONDS} seconds`}::interval`;
    await this.db.deleteFrom('variant_figures').where('at', '<', before).execute();
    await this.db.deleteFrom('model_run_figures').where('at', '<', before).execute();
  }
}
