import { AppError, type Logger } from '@modelserve/common';
import { CONTENT_TYPES, decodeRequest, encodeResponse, requestFormat, responseFormat, type RecordFormat } from '@modelserve/codecs';
import { Invoker } from '@modelserve/invocation';
import { RoutingTable } from '@modelserve/routing';
import { Inject, Injectable } from '@nestjs/common';
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
    let inputFormat: RecordFormat;
    let served: Awaited<ReturnType<InvocationsService['serve']>>;
    try {
      inputFormat = requestFormat(invocation.contentType);
      served = await this.serve(invocation, inputFormat);
    } catch (error) {
      // Only existing endpoints become label values, so that arbitrary URLs cannot grow the metrics.
      const endpoint = this.routing.knows(invocation.endpoint) ? invocation.endpoint : '';
      const status = error instanceof AppError ? error.httpStatus : 500;
      this.metrics.invocations.inc({ endpoint, variant: '', status: String(status) });
      throw error;
    }
    const { result, selection, outputs } = served;
    const seconds = (performance.now() - invocation.arrivedAt) / 1000;
    const meters = this.metrics.variant(selection.endpoint.name, result.variant);
    meters.served.inc();
    meters.latency.observe(seconds);
    try {
      const model = selection.variant.model!;
      this.capture.offer(selection.endpoint.dataCapture, () => ({
        time: new Date().toISOString(),
        requestId: invocation.requestId,
        ...(invocation.inferenceId !== undefined ? { inferenceId: invocation.inferenceId } : {}),
        endpoint: selection.endpoint.name,
        variant: result.variant,
        model: model.model,
        version: model.version,
        latencyMs: seconds * 1000,
        input: {
          contentType: CONTENT_TYPES[inputFormat],
          data: inputFormat === 'json' ? (JSON.parse(invocation.body.toString()) as unknown) : invocation.body.toString(),
        },
        output: { contentType: result.contentType, data: result.body.toString() },
      }));
      this.shadows.mirror(selection, inputFormat, invocation.body, invocation.requestId, outputs);
    } catch (error) {
      this.logger.error({ err: error, requestId: invocation.requestId }, 'data capture or shadow hand-off failed; the answer stands');
    }
    return result;
  }

  private async serve(invocation: Invocation, inputFormat: RecordFormat) {
    const outputFormat = responseFormat(invocation.accept);
    const selection = this.invoker.select(invocation.endpoint, invocation.targetVariant);
    const { endpoint, variant } = selection;
    const { tensors, rows } = decodeRequest(inputFormat, invocation.body, variant.inputs);
    // Traffic is reported to the registry only while an update watches it.
    const watched = endpoint.status === 'Updating';
    const started = performance.now();
    let outputs;
    try {
      outputs = await this.invoker.run(selection, tensors, invocation.requestId, invocation.arrivedAt);
    } catch (error) {
      // Only the model's side counts against an update: server errors, not the caller's bad input.
      const serverError = !(error instanceof AppError) || error.httpStatus >= 500;
      if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, serverError);
      throw error;
    }
    if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, false);
    const model = variant.model!;
    const result: InvocationResult = {
      body: encodeResponse(outputFormat, outputs, rows, variant),
      contentType: CONTENT_TYPES[outputFormat],
      variant: variant.name,
      modelVersion: `${model.model}:${model.version}`,
    };
    return { result, selection, outputs };
  }
}
