import { AppError, type Logger } from '@modelserve/common';
import type { OutputTensor, Tensor } from '@modelserve/codecs';
import { Invoker } from '@modelserve/invocation';
import { RoutingTable } from '@modelserve/routing';
import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { BATCH_LOGGER } from '../config';
import { BatchMetrics } from '../observability/metrics';

/** A mini-batch whose workers are unreachable is retried this long (a worker restart, a re-placement). */
const UNAVAILABLE_RETRY_MS = 60_000;

export interface Prediction {
  outputs: OutputTensor[];
  variant: string;
}

/** Sends jobs' mini-batches to the workers of an endpoint, through the same invoker (queues, batching, traffic split) as the gateway. */
@Injectable()
export class InferenceClient {
  constructor(
    private readonly routing: RoutingTable,
    private readonly invoker: Invoker,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * One mini-batch on a worker of the endpoint. Unreachable workers are retried for a while; an error
   * that the input caused comes back as an AppError of 4xx kind, others as AppError of 5xx kind.
   */
  async predict(endpoint: string, inputs: Tensor[], requestId: string): Promise<Prediction> {
    const timer = this.metrics.miniBatchDuration.startTimer({ endpoint });
    try {
      return await this.predictWithRetries(endpoint, inputs, requestId);
    } finally {
      timer();
    }
  }

  private async predictWithRetries(endpoint: string, inputs: Tensor[], requestId: string): Promise<Prediction> {
    const deadline = Date.now() + UNAVAILABLE_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        // Until the routing table has the endpoint (a registry restart, a job's own endpoint being created), wait for it.
        if (!this.routing.knows(endpoint)) throw new AppError('Unavailable', `endpoint ${endpoint} has no instance ready`);
        const selection = this.invoker.select(endpoint);
        return { outputs: await this.invoker.run(selection, inputs, requestId), variant: selection.variant.name };
      } catch (error) {
        const retryable = !(error instanceof AppError) || error.httpStatus >= 500;
        if (!retryable || Date.now() > deadline) throw error;
        if (attempt === 0) this.logger.warn({ endpoint, requestId, err: error }, 'mini-batch failed; retrying');
        await sleep(Math.min(200 * 2 ** attempt, 2000));
      }
    }
  }
}
