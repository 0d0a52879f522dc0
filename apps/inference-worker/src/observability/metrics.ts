import type { ModelRunFigures, ModelVersionRef } from '@modelserve/contracts';
import { countOf, mergeInto, serviceMetricsRegistry, type SparseHistogram } from '@modelserve/service';
import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';

/** From a tenth of a millisecond (a small model) to seconds (a large batch on a large model). */
const RUN_BUCKETS_SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** A loaded version's meters, labels bound once when it loads, so that a run builds no label set. */
export interface ModelMeters {
  run: { observe(seconds: number): void };
  ok: { inc(): void };
  failed: { inc(): void };
  /** What goes to the registry with the next heartbeat, for the figures API. */
  figures: { run: SparseHistogram; errors: number };
}

/**
 * The worker's Prometheus metrics: time in the model per version (what SageMaker calls model latency;
 * the gateway's latency less this is the platform's overhead), runs by outcome, and what is loaded.
 */
@Injectable()
export class WorkerMetrics {
  readonly registry = serviceMetricsRegistry();

  private readonly runs = new Histogram({
    name: 'modelserve_model_run_duration_seconds',
    help: 'Time of one onnxruntime run, by model and version',
    labelNames: ['model', 'version'] as const,
    buckets: RUN_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  private readonly outcomes = new Counter({
    name: 'modelserve_model_runs_total',
    help: 'onnxruntime runs by model, version and outcome (ok, or error when the model failed on the input)',
    labelNames: ['model', 'version', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly loadDuration = new Histogram({
    name: 'modelserve_model_load_duration_seconds',
    help: 'Time to fetch, verify and load a model version into onnxruntime',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  /** Where the loaded-models gauges read their values; set by the model store. */
  loaded: () => { model: string; version: number; inFlight: number }[] = () => [];

  constructor() {
    const read = () => this.loaded();
    new Gauge({
      name: 'modelserve_worker_loaded_models',
      help: 'Model versions loaded on this worker',
      registers: [this.registry],
      collect() {
        this.set(read().length);
      },
    });
    new Gauge({
      name: 'modelserve_model_runs_in_flight',
      help: 'onnxruntime runs in progress, by model and version',
      labelNames: ['model', 'version'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { model, version, inFlight } of read()) this.set({ model, version: String(version) }, inFlight);
      },
    });
  }

  private readonly figures = new Map<string, { model: ModelVersionRef; run: SparseHistogram; errors: number }>();

  forModel(model: string, version: number): ModelMeters {
    const labels = { model, version: String(version) };
    const key = `${model}:${version}`;
    let figures = this.figures.get(key);
    if (!figures) {
      figures = { model: { model, version }, run: {}, errors: 0 };
      this.figures.set(key, figures);
    }
    return {
      run: this.runs.labels(labels),
      ok: this.outcomes.labels({ ...labels, outcome: 'ok' }),
      failed: this.outcomes.labels({ ...labels, outcome: 'error' }),
      figures,
    };
  }

  /** Runs since the last call, per version, for a heartbeat; `giveBack` returns them when it was not delivered. */
  takeRunFigures(): ModelRunFigures[] {
    const taken: ModelRunFigures[] = [];
    for (const figures of this.figures.values()) {
      if (countOf(figures.run) === 0 && figures.errors === 0) continue;
      taken.push({ model: figures.model, run: { buckets: figures.run }, errors: figures.errors });
      figures.run = {};
      figures.errors = 0;
    }
    return taken;
  }

  giveBack(runs: ModelRunFigures[]) {
    for (const run of runs) {
      const figures = this.figures.get(`${run.model!.model}:${run.model!.version}`);
      if (!figures) continue;
      mergeInto(figures.run, run.run!.buckets as Record<string, number>);
      figures.errors += Number(run.errors);
    }
  }
}
