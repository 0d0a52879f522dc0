import type { Logger } from '@modelserve/common';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { kafkaClient } from '../stream/kafka';
import type { AsyncInvocationRow } from './async-invocations.repository';

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The event announcing an answered or failed request, in the shape SageMaker publishes to its SNS
 * topics, so that consumers written for SageMaker read it unchanged.
 */
export function inferenceResultEvent(row: AsyncInvocationRow, region: string) {
  const completed = row.status === 'Completed';
  return {
    awsRegion: region,
    eventTime: (row.ended_at ?? new Date()).toISOString(),
    receivedTime: row.created_at.toISOString(),
    invocationStatus: completed ? 'Completed' : 'Failed',
    ...(completed ? {} : { failureReason: row.failure_reason }),
    requestParameters: {
      endpointName: row.endpoint,
      inputLocation: row.input_location,
      contentType: row.content_type,
      accept: row.accept,
      ...(row.custom_attributes ? { customAttributes: row.custom_attributes } : {}),
    },
    responseParameters: completed
      ? { contentType: row.accept, outputLocation: row.output_location }
      : { contentType: 'text/plain', failureLocation: row.failure_location },
    inferenceId: row.inference_id,
    eventVersion: '1.0',
    eventSource: 'aws:sagemaker',
    eventName: 'InferenceResult',
  };
}

/**
 * Sends the outcome of asynchronous requests to the Kafka topic and the webhook of their endpoint.
 * Delivery is at least once: a consumer tells repeats apart by `inferenceId`.
 */
@Injectable()
export class AsyncNotifier implements OnApplicationShutdown {
  private producer?: Promise<Producer>;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  /** Whether the request has anywhere to be announced. */
  static hasTargets(row: AsyncInvocationRow): boolean {
    const { successTopic, errorTopic, webhookUrl } = row.notification;
    return !!(webhookUrl || (row.status === 'Completed' ? successTopic : errorTopic));
  }

  /** Sends the event to every target; throws when one of them could not take it. */
  async notify(row: AsyncInvocationRow): Promise<void> {
    const event = JSON.stringify(inferenceResultEvent(row, this.config.S3_REGION));
    const topic = row.status === 'Completed' ? row.notification.successTopic : row.notification.errorTopic;
    const sends: Promise<unknown>[] = [];
    if (topic) sends.push(this.publish(topic, row.inference_id, event));
    if (row.notification.webhookUrl) sends.push(this.post(row.notification.webhookUrl, event));
    await Promise.all(sends);
  }

  private async publish(topic: string, key: string, value: string) {
    if (!this.config.KAFKA_BROKERS) throw new Error(`cannot publish to Kafka topic ${topic}: KAFKA_BROKERS is not set`);
    this.producer ??= this.connect();
    const producer = await this.producer;
    await producer.send({ topic, messages: [{ key, value }] });
  }

  private async connect(): Promise<Producer> {
    const producer = kafkaClient(this.config.KAFKA_BROKERS, `${this.config.BATCH_INSTANCE_ID}-async`, this.logger).producer({
      allowAutoTopicCreation: true,
    });
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      this.producer = undefined;
      throw error;
    }
  }

  private async post(url: string, body: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook ${url} answered ${response.status}`);
  }

  async onApplicationShutdown() {
    const producer = await this.producer?.catch(() => undefined);
    await producer?.disconnect().catch((error: unknown) => this.logger.warn({ err: error }, 'kafka producer did not disconnect cleanly'));
  }
}
