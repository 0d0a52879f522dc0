import { AppError, type Logger } from '@modelserve/common';
import { chooseVariant, inferRequestFor, outputsOf, RoutingTable, WorkerPool } from '@modelserve/routing';
import { decodeRequest, encodeResponse, CONTENT_TYPES, requestFormat, responseFormat } from '@modelserve/codecs';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_LOGGER } from '../config';
import { DataCaptureWriter } from '../capture/data-capture';
import { GatewayMetrics } from '../observability/metrics';
import { TrafficReporter } from '../routing/traffic-reporter';
import { ShadowTraffic } from './shadow-traffic';

export interface Invocation {
  endpoint: string;
  contentType: string | undefined;
  accept: string | undefined;
  body: unknown;
  requestId: string;
  targetVariant?: string;
}

export interface InvocationResult {
  body: string;
  contentType: string;
  variant: string;
  modelVersion: string;
}

/**
 * Serves an invocation: pick a variant, decode the body into tensors, run it on a worker, encode the
 * answer; then count it, and hand it to data capture and to shadow variants, neither of which can fail
 * or delay the answer.
 */
@Injectable()
export class InvocationsService {
  constructor(
    private readonly routing: RoutingTable,
    private readonly workers: WorkerPool,
    private readonly metrics: GatewayMetrics,
    private readonly capture: DataCaptureWriter,
    private readonly shadows: ShadowTraffic,
    private readonly traffic: TrafficReporter,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {}

  async invoke(invocation: Invocation): Promise<InvocationResult> {
    const started = performance.now();
    let served: Awaited<ReturnType<InvocationsService['serve']>>;
    try {
      served = await this.serve(invocation);
    } catch (error) {
      // Only existing endpoints become label values, so that arbitrary URLs cannot grow the metrics.
      const endpoint = this.routing.knows(invocation.endpoint) ? invocation.endpoint : '';
      const status = error instanceof AppError ? error.httpStatus : 500;
      this.metrics.invocations.inc({ endpoint, variant: '', status: String(status) });
      throw error;
    }
    const { result, endpoint, model, inputFormat, outputs } = served;
    const seconds = (performance.now() - started) / 1000;
    this.metrics.invocations.inc({ endpoint: endpoint.name, variant: result.variant, status: '200' });
    this.metrics.latency.observe({ endpoint: endpoint.name, variant: result.variant }, seconds);
    try {
      this.capture.offer(endpoint.dataCapture, () => ({
        time: new Date().toISOString(),
        requestId: invocation.requestId,
        endpoint: endpoint.name,
        variant: result.variant,
        model: model.model,
        version: model.version,
        latencyMs: seconds * 1000,
        input: {
          contentType: CONTENT_TYPES[inputFormat],
          data: Buffer.isBuffer(invocation.body) ? invocation.body.toString() : invocation.body,
        },
        output: { contentType: result.contentType, data: result.body },
      }));
      this.shadows.mirror(endpoint, inputFormat, invocation.body, invocation.requestId, outputs);
    } catch (error) {
      this.logger.error({ err: error, requestId: invocation.requestId }, 'data capture or shadow hand-off failed; the answer stands');
    }
    return result;
  }

  private async serve(invocation: Invocation) {
    const endpoint = this.routing.endpoint(invocation.endpoint);
    const inputFormat = requestFormat(invocation.contentType);
    const outputFormat = responseFormat(invocation.accept);
    if (endpoint.status !== 'InService' && endpoint.status !== 'Updating') {
      throw new AppError('EndpointNotReady', `endpoint ${endpoint.name} is ${endpoint.status}, not InService`);
    }
    const variant = chooseVariant(endpoint, invocation.targetVariant);
    if (variant.workerAddresses.length === 0) {
      throw new AppError('EndpointNotReady', `variant ${variant.name} of endpoint ${endpoint.name} has no instance ready`);
    }
    const model = variant.model!;
    const inputs = decodeRequest(inputFormat, invocation.body, variant.inputs);
    // Traffic is reported to the registry only while an update watches it.
    const watched = endpoint.status === 'Updating';
    const started = performance.now();
    let response;
    try {
      response = await this.workers.infer(
        variant.workerAddresses,
        inferRequestFor(variant, inputs, invocation.requestId),
        invocation.requestId,
      );
    } catch (error) {
      // Only the model's side counts against an update: server errors, not the caller's bad input.
      const serverError = !(error instanceof AppError) || error.httpStatus >= 500;
      if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, serverError);
      throw error;
    }
    if (watched) this.traffic.record(endpoint.name, variant.generation, performance.now() - started, false);
    const outputs = outputsOf(variant, response);
    const result: InvocationResult = {
      body: encodeResponse(outputFormat, outputs),
      contentType: CONTENT_TYPES[outputFormat],
      variant: variant.name,
      modelVersion: `${model.model}:${model.version}`,
    };
    return { result, endpoint, model, inputFormat, outputs };
  }
}
