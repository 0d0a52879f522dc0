import { AppError, invalidRequest } from '@modelserve/common';
import { requestFormat, responseFormat } from '@modelserve/codecs';
import type { AsyncInvocation } from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import type { AsyncInvocationRequest } from '@modelserve/schemas';
import { ObjectStore, parseS3Uri, StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BATCH_CONFIG, type BatchConfig } from '../config';
import { AsyncInvocationsRepository } from './async-invocations.repository';

/**
 * Accepts asynchronous invocations: checks the endpoint takes them and the input is readable, then
 * stores the request. Once this answers, the request is in PostgreSQL and will be answered.
 */
@Injectable()
export class AsyncInvocationsService {
  constructor(
    private readonly repository: AsyncInvocationsRepository,
    private readonly routing: RoutingTable,
    private readonly store: ObjectStore,
    private readonly allowList: StorageAllowList,
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
  ) {}

  async enqueue(request: AsyncInvocationRequest): Promise<AsyncInvocation> {
    if (!this.routing.hasTable) throw new AppError('Unavailable', 'the batch service is still loading endpoints; retry shortly');
    if (!this.routing.knows(request.endpoint)) throw new AppError('NotFound', `endpoint ${request.endpoint} does not exist`);
    const settings = this.routing.endpoint(request.endpoint).asyncInference;
    if (!settings) {
      throw invalidRequest(`endpoint ${request.endpoint} takes no asynchronous invocations: its config has no asyncInference settings`);
    }
    requestFormat(request.contentType);
    responseFormat(request.accept);
    this.allowList.check('InputLocation', request.inputLocation);
    const size = await this.store.sizeOf(parseS3Uri(request.inputLocation)!);
    if (size === undefined) throw invalidRequest(`InputLocation ${request.inputLocation} does not exist`);
    if (size > this.config.ASYNC_MAX_PAYLOAD_BYTES) {
      throw new AppError('PayloadTooLarge', `the input is ${size} bytes; the limit is ${this.config.ASYNC_MAX_PAYLOAD_BYTES}`);
    }
    const id = randomUUID();
    const under = (prefix: string) => (request.outputPathExtension ? `${prefix}/${request.outputPathExtension}` : prefix);
    const row = await this.repository.insert({
      id,
      inference_id: request.inferenceId ?? id,
      endpoint: request.endpoint,
      input_location: request.inputLocation,
      content_type: request.contentType,
      accept: request.accept,
      custom_attributes: request.customAttributes,
      output_location: `${under(settings.outputUri)}/${request.filename ?? `${id}.out`}`,
      failure_location: `${under(settings.failureUri || settings.outputUri)}/${id}-error.out`,
      notification: JSON.stringify({
        successTopic: settings.successTopic,
        errorTopic: settings.errorTopic,
        webhookUrl: settings.webhookUrl,
      }),
      timeout_seconds: request.invocationTimeoutSeconds,
      expires_at: new Date(Date.now() + request.requestTtlSeconds * 1000),
    });
    return { inferenceId: row.inference_id, outputLocation: row.output_location, failureLocation: row.failure_location };
  }
}
