import { AppError, invalidInput, type Logger } from '@modelserve/common';
import {
  CONTENT_TYPES,
  decodeRequest,
  decodeV2Request,
  encodeResponse,
  encodeV2Response,
  requestFormat,
  responseFormat,
  tensorBytes,
  tensorsAsJson,
  tensorsOfInferRequest,
  type Tensor,
  type V2Request,
  type V2Response,
} from '@modelserve/codecs';
import type { CaptureRecord, InferResponseBody, ModelInferRequest__Output, ModelVersionRef__Output } from '@modelserve/contracts';
import { Invoker, type Selection } from '@modelserve/invocation';
import { RoutingTable } from '@modelserve/routing';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GATEWAY_LOGGER } from '../config';
import { DataCaptureWriter } from '../capture/data-capture';
import { GatewayMetrics } from '../observability/metrics';
import { TrafficReporter } from '../connections/traffic-reporter';
import { ShadowTraffic } from './shadow-traffic';

export interface Invocation {
  endpoint: string;
  contentType: string | undefined;
  accept: string | undefined;
  /** The body as it arrived: bytes, never parsed by the HTTP layer. */
  body: Buffer;
  requestId: string;
  targetVariant?: string;
  /** The caller's X-Amzn-SageMaker-Inference-Id, kept with captured data. */
  inferenceId?: string;
  /** When the request arrived (performance.now()); its deadline counts from here. */
  arrivedAt: number;
}

interface V2Call {
  endpoint: string;
  /** The variant serving this model version answers. */
  version?: number;
  requestId: string;
  arrivedAt: number;
}

/** An Open Inference Protocol request over REST: the JSON form, or a JSON header of `headerLength` bytes and binary data. */
export interface V2Invocation extends V2Call {
  body: Buffer;
  headerLength?: number;
}

/** An Open Inference Protocol request over gRPC. */
export interface V2GrpcInvocation extends V2Call {
  request: ModelInferRequest__Output;
}

export interface V2Result {
  response: V2Response;
  variant: string;
  modelVersion: string;
}

const unknownOutput = (name: string, outputs: readonly Tensor[]): never => {
  throw invalidInput(`the model has no output "${name}"; it answers ${outputs.map((o) => `"${o.name}"`).join(', ')}`);
};

/** The variant a request went to, set once it is chosen, and the time it spent in the queue and at the worker. */
interface Attribution {
  variant: string;
  model: ModelVersionRef__Output | null;
  runSeconds: number;
}

export interface InvocationResult {
  body: Buffer;
  contentType: string;
  variant: string;
  modelVersion: string;
}

/**
 * Serves an invocation: pick a variant, decode the body into tensors against its signature, run them
 * through the invoker (queued and batched with concurrent requests), encode the answer; then count it,
 * and hand it to data capture and to shadow variants, neither of which can fail or delay the answer.
 */
@Injectable()
export class InvocationsService {
  constructor(
    private readonly routing: RoutingTable,
    private readonly invoker: Invoker,
    private readonly metrics: GatewayMetrics,
    private readonly capture: DataCaptureWriter,
    private readonly shadows: ShadowTraffic,
    private readonly traffic: TrafficReporter,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    metrics.queueDepths = () => invoker.depths();
  }

  async invoke(invocation: Invocation): Promise<InvocationResult> {
    return this.counted(invocation.endpoint, async (attribution) => {
      const inputFormat = requestFormat(invocation.contentType);
      const outputFormat = responseFormat(invocation.accept);
      const selection = this.invoker.select(invocation.endpoint, invocation.targetVariant);
      const { variant } = selection;
      attribution.variant = variant.name;
      attribution.model = variant.model;
      const { tensors, rows } = decodeRequest(inputFormat, invocation.body, variant.inputs);
      const outputs = await this.run(selection, tensors, invocation, attribution);
      const model = variant.model!;
      const result: InvocationResult = {
        body: encodeResponse(outputFormat, outputs, rows, variant),
        contentType: CONTENT_TYPES[outputFormat],
        variant: variant.name,
        modelVersion: `${model.model}:${model.version}`,
      };
      this.served(invocation, selection, attribution, () => ({
        input: {
          contentType: CONTENT_TYPES[inputFormat],
          data: inputFormat === 'json' ? (JSON.parse(invocation.body.toString()) as unknown) : invocation.body.toString(),
        },
        output: { contentType: result.contentType, data: result.body.toString() },
      }));
      try {
        this.shadows.mirror(selection, inputFormat, invocation.body, invocation.requestId, outputs);
      } catch (error) {
        this.logger.error({ err: error, requestId: invocation.requestId }, 'shadow hand-off failed; the answer stands');
      }
      return result;
    });
  }

  /**
   * An Open Inference Protocol (V2) inference: the same variant choice, queues, batching, metrics and
   * capture as `invoke`, with V2's tensors in and out. A version pins a variant serving that version.
   */
  async inferV2(call: V2Invocation): Promise<V2Result> {
    return this.counted(call.endpoint, async (attribution) => {
      let request: V2Request | undefined;
      const { selection, inputs, outputs } = await this.runV2(call, attribution, (variant) => {
        request = decodeV2Request(call.body, call.headerLength, variant.inputs);
        return request.inputs;
      });
      const model = selection.variant.model!;
      // The request's id is its inference id; one is made (and answered) when it has none.
      request!.id ??= randomUUID();
      const response = encodeV2Response(call.endpoint, String(model.version), request!, outputs);
      this.servedV2({ ...call, inferenceId: request!.id }, selection, attribution, inputs, outputs);
      return { response, variant: selection.variant.name, modelVersion: `${model.model}:${model.version}` };
    });
  }

  /** A V2 inference over gRPC (`inference.GRPCInferenceService/ModelInfer`), answered with raw output bytes. */
  async inferV2Grpc(call: V2GrpcInvocation): Promise<InferResponseBody> {
    return this.counted(call.endpoint, async (attribution) => {
      const requested = call.request.outputs.map((o) => o.name);
      const {
        selection,
        inputs,
        outputs: all,
      } = await this.runV2(call, attribution, (variant) => tensorsOfInferRequest(variant.inputs, call.request));
      const outputs = requested.length ? requested.map((name) => all.find((o) => o.name === name) ?? unknownOutput(name, all)) : all;
      const inferenceId = call.request.id || randomUUID();
      this.servedV2({ ...call, inferenceId }, selection, attribution, inputs, outputs);
      return {
        modelName: call.endpoint,
        modelVersion: String(selection.variant.model!.version),
        id: inferenceId,
        outputs: outputs.map(({ name, datatype, shape }) => ({ name, datatype, shape })),
        raw: outputs.map((output) => tensorBytes(output.data)),
      };
    });
  }

  /** A V2 inference, REST or gRPC: the variant (the one serving the path's version, if it names one), the tensors, the run. */
  private async runV2(call: V2Call, attribution: Attribution, decode: (variant: Selection['variant']) => Tensor[]) {
    const selection =
      call.version === undefined ? this.invoker.select(call.endpoint) : this.invoker.selectVersion(call.endpoint, call.version);
    attribution.variant = selection.variant.name;
    attribution.model = selection.variant.model;
    const inputs = decode(selection.variant);
    const outputs = await this.run(selection, inputs, call, attribution);
    return { selection, inputs, outputs };
  }

  /** A served V2 request, counted and offered to capture with its tensors in V2's JSON form. */
  private servedV2(
    call: V2Call & { inferenceId: string },
    selection: Selection,
    attribution: Attribution,
    inputs: readonly Tensor[],
    outputs: readonly Tensor[],
  ) {
    this.served(call, selection, attribution, () => ({
      input: { contentType: CONTENT_TYPES.json, data: { inputs: tensorsAsJson(inputs) } },
      output: { contentType: CONTENT_TYPES.json, data: JSON.stringify({ outputs: tensorsAsJson(outputs) }) },
    }));
  }

  /**
   * Counts a failed request by its status, against the variant it went to once one was chosen (a bad
   * input counts against the variant whose signature refused it). Only existing endpoints and variants
   * become label values, so that arbitrary URLs cannot grow the metrics.
   */
  private async counted<T>(endpointName: string, work: (attribution: Attribution) => Promise<T>): Promise<T> {
    const attribution: Attribution = { variant: '', model: null, runSeconds: 0 };
    try {
      return await work(attribution);
    } catch (error) {
      const endpoint = this.routing.knows(endpointName) ? endpointName : '';
      const status = error instanceof AppError ? error.httpStatus : 500;
      const variant = endpoint ? attribution.variant : '';
      this.metrics.invocations.inc({ endpoint, variant, status: String(status) });
      if (endpoint) this.metrics.figures.of(endpoint, variant, attribution.model).failed(status);
      throw error;
    }
  }

  /** Runs checked tensors through the invoker, and reports the outcome while an update watches the endpoint. */
  private async run(selection: Selection, tensors: Tensor[], call: { requestId: string; arrivedAt: number }, attribution: Attribution) {
    const { endpoint, variant } = selection;
    // Traffic is reported to the registry only while an update watches it.
    const watched = endpoint.status === 'Updating';
    const started = performance.now();
    try {
      const outputs = await this.invoker.run(selection, tensors, call.requestId, call.arrivedAt);
      attribution.runSeconds = (performance.now() - started) / 1000;
      if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, false);
      return outputs;
    } catch (error) {
      // Only the model's side counts against an update: server errors, not the caller's bad input.
      const serverError = !(error instanceof AppError) || error.httpStatus >= 500;
      if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, serverError);
      throw error;
    }
  }

  /**
   * Counts a served request and offers it to data capture, which can neither fail nor delay it: what is
   * captured is built only when the request is sampled.
   */
  private served(
    call: { requestId: string; inferenceId?: string; arrivedAt: number },
    selection: Selection,
    attribution: Attribution,
    captured: () => Pick<CaptureRecord, 'input' | 'output'>,
  ) {
    const seconds = (performance.now() - call.arrivedAt) / 1000;
    const meters = this.metrics.variant(selection.endpoint.name, selection.variant.name, selection.variant.model);
    meters.served.inc();
    meters.latency.observe(seconds);
    // Overhead: the time outside the queue and the worker call (decoding, routing, encoding).
    meters.figures.served(seconds, seconds - attribution.runSeconds);
    try {
      const model = selection.variant.model!;
      this.capture.offer(selection.endpoint.dataCapture, () => ({
        time: new Date().toISOString(),
        requestId: call.requestId,
        ...(call.inferenceId !== undefined ? { inferenceId: call.inferenceId } : {}),
        endpoint: selection.endpoint.name,
        variant: selection.variant.name,
        model: model.model,
        version: model.version,
        latencyMs: seconds * 1000,
        ...captured(),
      }));
    } catch (error) {
      this.logger.error({ err: error, requestId: call.requestId }, 'data capture failed; the answer stands');
    }
  }
}
