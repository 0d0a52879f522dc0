import { AppError, type Logger } from '@modelserve/common';
import { ortTypeOf, type Tensor } from '@modelserve/codecs';
import { InvalidOnnxModelError, ortErrorText, prepareOnnxModel, type TensorSignature } from '@modelserve/onnx';
import { observe } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import * as ort from 'onnxruntime-node';
import { WORKER_LOGGER } from '../config';
import { WorkerMetrics, type ModelMeters } from '../observability/metrics';
import { ArtifactCache } from './artifact-cache';

/** The onnxruntime session options every version is loaded with, unless its runtime options say otherwise. */
export const SESSION_OPTIONS = Symbol('SESSION_OPTIONS');

/** onnxruntime options of one version (RuntimeOptions in proto/modelserve/common.proto). */
export interface RuntimeOptions {
  intraOpNumThreads?: number;
  interOpNumThreads?: number;
  executionMode?: string;
}

export interface ModelKey {
  model: string;
  version: number;
}

export const keyOf = ({ model, version }: ModelKey) => `${model}:${version}`;

export interface LoadedModel {
  ref: ModelKey;
  inputs: TensorSignature[];
  outputs: TensorSignature[];
  loadMillis: number;
  session: ort.InferenceSession;
  inFlight: number;
  unloading: boolean;
  drained?: () => void;
  meters: ModelMeters;
}

/**
 * The model versions this worker serves, each with one onnxruntime session kept for its lifetime.
 * Loads are deduplicated; an unload waits for requests in flight before releasing the session.
 */
@Injectable()
export class ModelStore {
  private readonly models = new Map<string, LoadedModel>();
  private readonly loading = new Map<string, Promise<LoadedModel>>();

  constructor(
    private readonly artifacts: ArtifactCache,
    @Inject(SESSION_OPTIONS) private readonly sessionOptions: ort.InferenceSession.SessionOptions,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
    private readonly metrics: WorkerMetrics,
  ) {
    metrics.loaded = () => this.list().map((m) => ({ model: m.ref.model, version: m.ref.version, inFlight: m.inFlight }));
  }

  /**
   * Loads a version once; `runtime` overrides the worker's session options for it. A version already
   * loaded keeps the options it was loaded with (they apply from its next load).
   */
  load(ref: ModelKey, artifactUri: string, sha256: string, runtime: RuntimeOptions = {}): Promise<LoadedModel> {
    const key = keyOf(ref);
    const loaded = this.models.get(key);
    if (loaded && !loaded.unloading) return Promise.resolve(loaded);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.open(ref, artifactUri, sha256, runtime).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async open(ref: ModelKey, artifactUri: string, sha256: string, runtime: RuntimeOptions): Promise<LoadedModel> {
    const started = performance.now();
    const bytes = await this.artifacts.bytesOf(artifactUri, sha256);
    let session: ort.InferenceSession;
    let prepared;
    try {
      prepared = prepareOnnxModel(bytes);
      session = await ort.InferenceSession.create(prepared.bytes, {
        ...this.sessionOptions,
        ...(runtime.intraOpNumThreads ? { intraOpNumThreads: runtime.intraOpNumThreads } : {}),
        ...(runtime.interOpNumThreads ? { interOpNumThreads: runtime.interOpNumThreads } : {}),
        ...(runtime.executionMode ? { executionMode: runtime.executionMode as 'sequential' | 'parallel' } : {}),
      });
    } catch (error) {
      if (error instanceof InvalidOnnxModelError) throw new AppError('InvalidModel', error.message);
      throw new AppError('InvalidModel', `onnxruntime cannot load ${keyOf(ref)}: ${ortErrorText(error)}`);
    }
    const model: LoadedModel = {
      ref,
      inputs: prepared.inputs,
      outputs: prepared.outputs,
      loadMillis: performance.now() - started,
      session,
      inFlight: 0,
      unloading: false,
      meters: this.metrics.forModel(ref.model, ref.version),
    };
    this.metrics.loadDuration.observe(model.loadMillis / 1000);
    this.models.set(keyOf(ref), model);
    this.logger.info({ model: keyOf(ref), loadMillis: Math.round(model.loadMillis) }, 'model loaded');
    return model;
  }

  /** The loaded model for a name and version; an empty version picks the only loaded version of the name. */
  find(name: string, version: string): LoadedModel | undefined {
    if (version) {
      const model = this.models.get(`${name}:${version}`);
      return model?.unloading ? undefined : model;
    }
    const candidates = [...this.models.values()].filter((m) => m.ref.model === name && !m.unloading);
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  list(): LoadedModel[] {
    return [...this.models.values()].filter((m) => !m.unloading);
  }

  async unload(ref: ModelKey): Promise<boolean> {
    const key = keyOf(ref);
    await this.loading.get(key)?.catch(() => undefined);
    const model = this.models.get(key);
    if (!model || model.unloading) return false;
    model.unloading = true;
    if (model.inFlight > 0) await new Promise<void>((resolve) => (model.drained = resolve));
    this.models.delete(key);
    await model.session.release();
    this.logger.info({ model: key }, 'model unloaded');
    return true;
  }

  async unloadAll(): Promise<void> {
    await Promise.all(this.list().map((model) => this.unload(model.ref)));
  }

  /** Runs the session on checked input tensors and returns the requested outputs (all when none named). */
  async run(model: LoadedModel, inputs: Tensor[], outputNames: string[]): Promise<Record<string, ort.Tensor>> {
    const feeds: Record<string, ort.Tensor> = {};
    for (const input of inputs) {
      feeds[input.name] = new ort.Tensor(ortTypeOf(input.datatype) as never, input.data as never, input.shape);
    }
    const fetches = outputNames.length ? outputNames : model.outputs.map((o) => o.name);
    model.inFlight++;
    const started = performance.now();
    try {
      const results = await model.session.run(feeds, fetches);
      const seconds = (performance.now() - started) / 1000;
      model.meters.run.observe(seconds);
      model.meters.ok.inc();
      observe(model.meters.figures.run, seconds);
      return results;
    } catch (error) {
      model.meters.failed.inc();
      model.meters.figures.errors++;
      // Inputs were checked against the signature already; what onnxruntime still rejects is the caller's data.
      throw new AppError('ModelError', `the model failed on the input: ${ortErrorText(error)}`);
    } finally {
      model.inFlight--;
      if (model.unloading && model.inFlight === 0) model.drained?.();
    }
  }
}
