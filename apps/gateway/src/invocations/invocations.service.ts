import { AppError, type Logger } from '@modelserve/common';
import {
  CONTENT_TYPES,
  decodeRequest,
  decodeV2Request,
  encodeResponse,
  encodeV2Response,
  requestFormat,
  responseFormat,
  type Tensor,
  type V2Response,
} from '@modelserve/codecs';
import { Invoker, type Selection } from '@modelserve/invocation';
import { RoutingTable } from '@modelserve/routing';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_LOGGER } from '../config';
import { DataCaptureWriter, type CaptureRecord } from '../capture/data-capture';
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

/** An Open Inference Protocol request: the JSON form, or a JSON header of `headerLength` bytes and binary data. */
export interface V2Invocation {
  endpoint: string;
  /** From the path: the variant serving this model version answers. */
  version?: number;
  body: Buffer;
  headerLength?: number;
  requestId: string;
  inferenceId?: string;
  arrivedAt: number;
}

export interface V2Result {
  response: V2Response;
  contentType: string;
  variant: string;
  modelVersion: string;
}

const V2_CONTENT_TYPE = 'application/json';

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
    return this.counted(invocation.endpoint, async () => {
      const inputFormat = requestFormat(invocation.contentType);
      const outputFormat = responseFormat(invocation.accept);
      const selection = this.invoker.select(invocation.endpoint, invocation.targetVariant);
      const { variant } = selection;
      const { tensors, rows } = decodeRequest(inputFormat, invocation.body, variant.inputs);
      const outputs = await this.run(selection, tensors, invocation);
      const model = variant.model!;
      const result: InvocationResult = {
        body: encodeResponse(outputFormat, outputs, rows, variant),
        contentType: CONTENT_TYPES[outputFormat],
        variant: variant.name,
        modelVersion: `${model.model}:${model.version}`,
      };
      this.served(invocation, selection, result, {
        contentType: CONTENT_TYPES[inputFormat],
        data: inputFormat === 'json' ? (JSON.parse(invocation.body.toString()) as unknown) : invocation.body.toString(),
      });
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
    return this.counted(call.endpoint, async () => {
      const selection = call.version === undefined ? this.invoker.select(call.endpoint) : this.invoker.selectVersion(call.endpoint, call.version);
      const { variant } = selection;
      const request = decodeV2Request(call.body, call.headerLength, variant.inputs);
      const outputs = await this.run(selection, request.inputs, call);
      const model = variant.model!;
      const response = encodeV2Response(call.endpoint, String(model.version), request, outputs);
      const result = { response, contentType: V2_CONTENT_TYPE, variant: variant.name, modelVersion: `${model.model}:${model.version}` };
      const binary = response.headerLength !== undefined || call.headerLength !== undefined;
      this.served(call, selection, { ...result, body: response.body }, {
        contentType: binary ? 'application/octet-stream' : V2_CONTENT_TYPE,
        data: binary ? call.body.toString('base64') : (JSON.parse(call.body.toString()) as unknown),
      });
      return result;
    });
  }

  /** Counts a failed request by its status; only existing endpoints become label values, so that arbitrary URLs cannot grow the metrics. */
  private async counted<T>(endpointName: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const endpoint = this.routing.knows(endpointName) ? endpointName : '';
      const status = error instanceof AppError ? error.httpStatus : 500;
      this.metrics.invocations.inc({ endpoint, variant: '', status: String(status) });
      throw error;
    }
  }

  /** Runs checked tensors through the invoker, and reports the outcome while an update watches the endpoint. */
  private async run(selection: Selection, tensors: Tensor[], call: { requestId: string; arrivedAt: number }) {
    const { endpoint, variant } = selection;
    // Traffic is reported to the registry only while an update watches it.
    const watched = endpoint.status === 'Updating';
    const started = performance.now();
    try {
      const outputs = await this.invoker.run(selection, tensors, call.requestId, call.arrivedAt);
      if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, false);
      return outputs;
    } catch (error) {
      // Only the model's side counts against an update: server errors, not the caller's bad input.
      const serverError = !(error instanceof AppError) || error.httpStatus >= 500;
      if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, serverError);
      throw error;
    }
  }

  /** Counts a served request and offers it to data capture, which can neither fail nor delay it. */
  private served(
    call: { requestId: string; inferenceId?: string; arrivedAt: number },
    selection: Selection,
    result: { variant: string; body: Buffer; contentType: string },
    input: CaptureRecord['input'],
  ) {
    const seconds = (performance.now() - call.arrivedAt) / 1000;
    const meters = this.metrics.variant(selection.endpoint.name, result.variant);
    meters.served.inc();
    meters.latency.observe(seconds);
    try {
      const model = selection.variant.model!;
      this.capture.offer(selection.endpoint.dataCapture, () => ({
        time: new Date().toISOString(),
        requestId: call.requestId,
        ...(call.inferenceId !== undefined ? { inferenceId: call.inferenceId } : {}),
        endpoint: selection.endpoint.name,
        variant: result.variant,
        model: model.model,
        version: model.version,
        latencyMs: seconds * 1000,
        input,
        output: {
          contentType: result.contentType,
          data: result.contentType === 'application/octet-stream' ? result.body.toString('base64') : result.body.toString(),
        },
      }));
    } catch (error) {
      this.logger.error({ err: error, requestId: call.requestId }, 'data capture failed; the answer stands');
    }
  }
}
