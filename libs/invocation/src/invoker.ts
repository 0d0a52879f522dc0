import { AppError } from '@modelserve/common';
import { tensorBytes, tensorFromBytes, type OutputTensor, type Tensor } from '@modelserve/codecs';
import type { EndpointRoute__Output, InferAnswer, InferCall, ModelVersionRef__Output, VariantRoute__Output } from '@modelserve/contracts';
import { chooseVariant, type RoutingTable, type WorkerPool } from '@modelserve/routing';
import { RequestQueue, type QueuedRequest, type QueueObserver, type QueueSettings } from './request-queue';

/** The variant chosen for a request, with its endpoint. */
export interface Selection {
  endpoint: EndpointRoute__Output;
  variant: VariantRoute__Output;
}

export interface InvokerOptions {
  /** A request's deadline, from its arrival: past it in the queue, 504 (SageMaker's limit is 60 s). */
  deadlineMs: number;
  /** Runs in flight per worker instance of a variant; more requests wait (and merge) in the queue. */
  runsPerInstance: number;
}

/** Where batching and queueing figures go, per endpoint and variant. */
export interface InvocationMetrics {
  observer(endpoint: string, variant: string, model: ModelVersionRef__Output | null): QueueObserver;
}

/** For a route without batching settings (variants made before batching existed): one request a run, the registry's queue bound. */
const DEFAULTS_WITHOUT_BATCHING = { maxBatchSize: 1, maxQueueDelayMicros: 0, maxQueueSize: 1024 };

/**
 * The one path from a decoded request to a model's answer, for the gateway's invocations, shadow copies
 * and batch jobs alike: readiness check, variant choice, then a queue per variant that merges
 * concurrent requests into one ModelInfer call along the batch dimension (adaptive batching), sends it
 * to the instance with the fewest calls outstanding, and splits the answer back per request.
 *
 * A merged run that the model refuses is retried request by request, so that a bad request fails
 * alone. Rows are laid side by side without changing them, and the upload check has verified that the
 * model answers each row the same alone or batched (padding lone rows where it needs to): a batched
 * answer equals the answer the same request gets alone, bit for bit.
 */
export class Invoker {
  private readonly queues = new Map<string, { queue: RequestQueue<OutputTensor[]>; variant: VariantRoute__Output }>();

  constructor(
    private readonly routing: RoutingTable,
    private readonly workers: WorkerPool,
    private readonly options: InvokerOptions,
    private readonly metrics?: InvocationMetrics,
  ) {
    routing.onChange((endpoints) => this.follow(endpoints));
  }

  /**
   * The variant that serves a request to `endpointName`: the one named, or one drawn by weight. 404 for
   * an unknown endpoint, 503 while it is not serving or the variant has no instance ready.
   */
  select(endpointName: string, targetVariant?: string): Selection {
    const endpoint = this.routing.endpoint(endpointName);
    if (endpoint.status !== 'InService' && endpoint.status !== 'Updating') {
      throw new AppError('EndpointNotReady', `endpoint ${endpoint.name} is ${endpoint.status}, not InService`);
    }
    const variant = chooseVariant(endpoint, targetVariant);
    if (variant.workerAddresses.length === 0) {
      throw new AppError('EndpointNotReady', `variant ${variant.name} of endpoint ${endpoint.name} has no instance ready`);
    }
    return { endpoint, variant };
  }

  /** The production variant of `endpointName` that serves model version `version` (a V2 path's version pins it); 404 when none does. */
  selectVersion(endpointName: string, version: number): Selection {
    const endpoint = this.routing.endpoint(endpointName);
    const serving = endpoint.variants.find((v) => v.model?.version === version && !(v.shadowSamplingPercent > 0) && v.weight > 0);
    if (!serving) throw new AppError('NotFound', `endpoint ${endpoint.name} serves no variant of version ${version}`);
    return this.select(endpointName, serving.name);
  }

  /** Runs checked input tensors on the variant; resolves to its outputs for exactly these rows. */
  run(selection: Selection, inputs: Tensor[], requestId: string, arrivedAt = performance.now()): Promise<OutputTensor[]> {
    const { queue } = this.queueOf(selection);
    const rows = mergeableRows(inputs);
    return queue.submit({
      inputs,
      rows: rows ?? 1,
      mergeKey: rows === undefined ? undefined : mergeKeyOf(inputs),
      requestId,
      enqueuedAt: arrivedAt,
      deadline: arrivedAt + this.options.deadlineMs,
    });
  }

  /** Requests waiting per variant, for the queue depth gauge. */
  depths(): { endpoint: string; variant: string; depth: number }[] {
    return [...this.queues.entries()].map(([key, { queue }]) => {
      const [endpoint, , variant] = key.split('/');
      return { endpoint, variant, depth: queue.depth };
    });
  }

  private queueOf({ endpoint, variant }: Selection) {
    const key = `${endpoint.name}/${variant.generation}/${variant.name}`;
    let entry = this.queues.get(key);
    if (!entry) {
      const created: { queue: RequestQueue<OutputTensor[]>; variant: VariantRoute__Output } = {
        variant,
        queue: new RequestQueue<OutputTensor[]>(
          this.settingsOf(variant),
          // The entry's variant is refreshed with every routing table: runs go to the instances of now.
          (batch) => this.execute(created.variant, batch),
          this.metrics?.observer(endpoint.name, variant.name, variant.model),
        ),
      };
      entry = created;
      this.queues.set(key, entry);
    }
    return entry;
  }

  private settingsOf(variant: VariantRoute__Output): QueueSettings {
    const batching = variant.batching?.enabled ? variant.batching : undefined;
    const settings = { ...DEFAULTS_WITHOUT_BATCHING, ...withoutUnset(variant.batching ?? {}) };
    const instances = Math.max(1, variant.workerAddresses.length);
    return {
      batching: !!batching,
      maxBatchSize: batching ? Math.max(1, settings.maxBatchSize) : 1,
      maxQueueDelayMs: Number(settings.maxQueueDelayMicros) / 1000,
      maxQueueSize: settings.maxQueueSize,
      // Without batching, requests are not held back for company: more may run at once.
      maxInFlight: instances * this.options.runsPerInstance * (batching ? 1 : 4),
    };
  }

  /** Keeps each queue's variant and settings current; a queue whose variant is gone fails what it holds. */
  private follow(endpoints: Map<string, EndpointRoute__Output>) {
    const live = new Map<string, VariantRoute__Output>();
    for (const endpoint of endpoints.values()) {
      for (const variant of endpoint.variants) live.set(`${endpoint.name}/${variant.generation}/${variant.name}`, variant);
    }
    for (const [key, entry] of this.queues) {
      const variant = live.get(key);
      if (variant) {
        entry.variant = variant;
        entry.queue.settings = this.settingsOf(variant);
      } else if (!entry.queue.busy) {
        this.queues.delete(key);
      }
    }
  }

  /** One run: the batch merged into one call (or sent as it is), the answer split back per request. */
  private async execute(variant: VariantRoute__Output, batch: QueuedRequest<OutputTensor[]>[]): Promise<void> {
    const requestId = batch.length === 1 ? batch[0].requestId : `${batch[0].requestId}+${batch.length - 1}`;
    let answer: InferAnswer;
    try {
      // The run may take until the latest deadline among its requests.
      const deadline = Math.max(...batch.map((request) => request.deadline));
      answer = await this.workers.infer(variant.workerAddresses, mergedCall(variant, batch), requestId, deadline);
    } catch (error) {
      // A run the model refused: retry each request on its own, so that only the bad one fails.
      if (batch.length > 1 && error instanceof AppError && error.httpStatus < 500) {
        await Promise.all(batch.map((request) => this.execute(variant, [request]).catch((alone: unknown) => request.reject(alone))));
        return;
      }
      throw error;
    }
    const outputs = outputsOf(variant, answer);
    if (batch.length === 1 && !variant.padSingleRows) {
      batch[0].resolve(outputs);
      return;
    }
    let row = 0;
    for (const request of batch) {
      request.resolve(outputs.map((output) => rowsOf(output, row, request.rows)));
      row += request.rows;
    }
  }
}

const withoutUnset = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([key, item]) => item !== undefined && !key.startsWith('_'))) as Partial<T>;

/** The batch size of a request whose inputs all lead with it; undefined when they disagree (it runs alone). */
function mergeableRows(inputs: readonly Tensor[]): number | undefined {
  const rows = inputs[0]?.shape[0];
  if (rows === undefined || inputs.some((input) => input.shape.length === 0 || input.shape[0] !== rows)) return undefined;
  return rows;
}

function mergeKeyOf(inputs: readonly Tensor[]): string {
  let key = '';
  for (const input of inputs) key += input.shape.slice(1).join('x') + '|';
  return key;
}

/** The V2 call for a batch: each input's rows from every request, back to back, without copying them first. */
function mergedCall(variant: VariantRoute__Output, batch: QueuedRequest<OutputTensor[]>[]): Omit<InferCall, 'id'> {
  const first = batch[0].inputs;
  let rows = 0;
  for (const request of batch) rows += request.rows;
  // A model that answers a lone row differently from batched rows gets the row twice.
  const pad = variant.padSingleRows && rows === 1;
  const merged = batch.length > 1 || pad;
  return {
    modelName: variant.model!.model,
    modelVersion: String(variant.model!.version),
    inputs: first.map(({ name, datatype, shape }) => ({ name, datatype, shape: merged ? [pad ? 2 : rows, ...shape.slice(1)] : shape })),
    raw: first.map((_, i) => {
      const parts = batch.map((request) => tensorBytes(request.inputs[i].data));
      return pad ? [parts[0], parts[0]] : parts;
    }),
  };
}

/** The worker's outputs as tensors, with the class labels the variant's signature gives them. */
export function outputsOf(variant: VariantRoute__Output, answer: InferAnswer): OutputTensor[] {
  return answer.outputs.map((output, index) => ({
    ...tensorFromBytes(output.name, output.datatype, [...output.shape], answer.raw[index]),
    classLabels: variant.outputs.find((spec) => spec.name === output.name)?.classLabels,
  }));
}

/** Rows [from, from + count) of an output: a view, not a copy. */
function rowsOf(output: OutputTensor, from: number, count: number): OutputTensor {
  const perRow = output.shape.slice(1).reduce((a, b) => a * b, 1);
  const data = output.data;
  const rows = Array.isArray(data)
    ? data.slice(from * perRow, (from + count) * perRow)
    : data.subarray(from * perRow, (from + count) * perRow);
  return { ...output, shape: [count, ...output.shape.slice(1)], data: rows };
}
