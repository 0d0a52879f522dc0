import { AppError, invalidRequest } from '@modelserve/common';
import {
  decodeRequest,
  encodeResponse,
  CONTENT_TYPES,
  requestFormat,
  responseFormat,
  tensorBytes,
  tensorFromBytes,
  type OutputTensor,
} from '@modelserve/codecs';
import type { EndpointRoute__Output, VariantRoute__Output } from '@modelserve/contracts';
import { Injectable } from '@nestjs/common';
import { DataCaptureWriter } from '../capture/data-capture';
import { GatewayMetrics } from '../observability/metrics';
import { RoutingTable } from '../routing/routing-table';
import { WorkerPool } from '../routing/worker-pool';

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
 * answer; then count it and offer it to data capture.
 */
@Injectable()
export class InvocationsService {
  constructor(
    private readonly routing: RoutingTable,
    private readonly workers: WorkerPool,
    private readonly metrics: GatewayMetrics,
    private readonly capture: DataCaptureWriter,
  ) {}

  async invoke(invocation: Invocation): Promise<InvocationResult> {
    const started = performance.now();
    try {
      const { result, endpoint, model, inputContentType } = await this.serve(invocation);
      const seconds = (performance.now() - started) / 1000;
      this.metrics.invocations.inc({ endpoint: endpoint.name, variant: result.variant, status: '200' });
      this.metrics.latency.observe({ endpoint: endpoint.name, variant: result.variant }, seconds);
      this.capture.offer(endpoint.dataCapture, () => ({
        time: new Date().toISOString(),
        requestId: invocation.requestId,
        endpoint: endpoint.name,
        variant: result.variant,
        model: model.model,
        version: model.version,
        latencyMs: seconds * 1000,
        input: { contentType: inputContentType, data: Buffer.isBuffer(invocation.body) ? invocation.body.toString() : invocation.body },
        output: { contentType: result.contentType, data: result.body },
      }));
      return result;
    } catch (error) {
      // Only existing endpoints become label values, so that arbitrary URLs cannot grow the metrics.
      const endpoint = this.routing.knows(invocation.endpoint) ? invocation.endpoint : '';
      const status = error instanceof AppError ? error.httpStatus : 500;
      this.metrics.invocations.inc({ endpoint, variant: '', status: String(status) });
      throw error;
    }
  }

  private async serve(invocation: Invocation) {
    const endpoint = this.routing.endpoint(invocation.endpoint);
    const inputFormat = requestFormat(invocation.contentType);
    const outputFormat = responseFormat(invocation.accept);
    if (endpoint.status !== 'InService') {
      throw new AppError('EndpointNotReady', `endpoint ${endpoint.name} is ${endpoint.status}, not InService`);
    }
    const variant = chooseVariant(endpoint, invocation.targetVariant);
    if (variant.workerAddresses.length === 0) {
      throw new AppError('EndpointNotReady', `variant ${variant.name} of endpoint ${endpoint.name} has no instance ready`);
    }
    const model = variant.model!;
    const inputs = decodeRequest(inputFormat, invocation.body, variant.inputs);
    const response = await this.workers.infer(
      variant.workerAddresses,
      {
        modelName: model.model,
        modelVersion: String(model.version),
        id: invocation.requestId,
        inputs: inputs.map(({ name, datatype, shape }) => ({ name, datatype, shape })),
        rawInputContents: inputs.map((tensor) => tensorBytes(tensor.data)),
      },
      invocation.requestId,
    );
    const outputs: OutputTensor[] = response.outputs.map((output, index) => ({
      ...tensorFromBytes(output.name, output.datatype, output.shape, response.rawOutputContents[index]),
      classLabels: variant.outputs.find((spec) => spec.name === output.name)?.classLabels,
    }));
    const result: InvocationResult = {
      body: encodeResponse(outputFormat, outputs),
      contentType: CONTENT_TYPES[outputFormat],
      variant: variant.name,
      modelVersion: `${model.model}:${model.version}`,
    };
    return { result, endpoint, model, inputContentType: CONTENT_TYPES[inputFormat] };
  }
}

/** The variant a request goes to: the one it names, or one drawn with probability weight / sum of weights. */
export function chooseVariant(endpoint: EndpointRoute__Output, target?: string): VariantRoute__Output {
  if (target !== undefined) {
    const named = endpoint.variants.find((v) => v.name === target);
    if (!named) {
      throw invalidRequest(`endpoint ${endpoint.name} has no variant ${target}; it has ${endpoint.variants.map((v) => v.name).join(', ')}`);
    }
    return named;
  }
  const total = endpoint.variants.reduce((sum, v) => sum + v.weight, 0);
  let draw = Math.random() * total;
  for (const variant of endpoint.variants) {
    if (variant.weight <= 0) continue;
    draw -= variant.weight;
    if (draw < 0) return variant;
  }
  return endpoint.variants.filter((v) => v.weight > 0).at(-1) ?? endpoint.variants[0];
}
