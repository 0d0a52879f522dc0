import type { Logger } from '@modelserve/common';
import type { StreamJobSpec__Output } from '@modelserve/contracts';
import { Partitioners, type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, type Message, type Producer } from 'kafkajs';
import type { BatchMetrics } from '../observability/metrics';
import type { ReadyEndpoint } from '../inference/job-endpoints';
import type { RecordPredictor } from '../records/record-predictor';
import { HEADERS } from './kafka';
import type { StreamCounters } from './stream-jobs.repository';

/** Commit refusals that mean the group is rebalancing, not that anything is wrong. */
const REBALANCING = new Set(['REBALANCE_IN_PROGRESS', 'UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION']);

export interface ConsumerSettings {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
}

/**
 * Consumes one stream job's input topic as a member of its consumer group. Messages are predicted in
 * micro-batches of up to maxBatchRecords (a fetch waits at most maxBatchDelayMs for more); each
 * prediction goes to the output topic, each bad record to the dead-letter topic, and the input offsets
 * are committed only once both are acknowledged. A crash therefore repeats work, never loses it.
 */
export class StreamConsumer {
  private consumer?: Consumer;
  private producer?: Producer;
  private counts: StreamCounters = { recordsIn: 0, recordsOut: 0, deadLettered: 0, recordsPerSecond: 0 };
  private lastReport = Date.now();
  /** The consumer stopped for good (kafkajs gave up on it); the service replaces it. */
  crashed = false;

  constructor(
    private readonly kafka: Kafka,
    readonly spec: StreamJobSpec__Output,
    private readonly endpoint: ReadyEndpoint,
    private readonly predictor: RecordPredictor,
    private readonly settings: ConsumerSettings,
    private readonly metrics: BatchMetrics,
    private readonly logger: Logger,
  ) {}

  async start() {
    const spec = this.spec;
    // An idempotent producer retries without limit: a batch whose outputs are not acknowledged is never committed.
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 },
    });
    await this.producer.connect();
    this.consumer = this.kafka.consumer({
      groupId: spec.consumerGroup,
      sessionTimeout: this.settings.sessionTimeoutMs,
      rebalanceTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs,
      // A fetch long-poll must end well within the session, or the group evicts the member.
      maxWaitTimeInMs: Math.min(spec.maxBatchDelayMs, Math.floor(this.settings.sessionTimeoutMs / 3)),
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) {
        this.logger.error({ job: spec.name, err: payload.error }, 'stream job consumer stopped; it will be started again');
        this.crashed = true;
      }
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: spec.inputTopic, fromBeginning: true });
    await this.consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.onBatch(payload) });
    this.logger.info({ job: spec.name, group: spec.consumerGroup, topic: spec.inputTopic }, 'stream job consuming');
  }

  async stop() {
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
  }

  /** Counts since the last call, with the rate over that interval. */
  takeCounts(): StreamCounters {
    const now = Date.now();
    const counts = { ...this.counts, recordsPerSecond: (this.counts.recordsIn * 1000) / Math.max(1, now - this.lastReport) };
    this.counts = { recordsIn: 0, recordsOut: 0, deadLettered: 0, recordsPerSecond: 0 };
    this.lastReport = now;
    return counts;
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) {
    const size = Math.max(1, this.spec.maxBatchRecords);
    for (let start = 0; start < batch.messages.length; start += size) {
      if (!isRunning() || isStale()) return;
      const messages = batch.messages.slice(start, start + size);
      await this.process(batch.topic, batch.partition, messages);
      const last = messages[messages.length - 1].offset;
      resolveOffset(last);
      try {
        await this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: String(BigInt(last) + 1n) }]);
      } catch (error) {
        // The partition moved to another member meanwhile: it reads these records again from the last commit.
        if (REBALANCING.has((error as { type?: string }).type ?? '')) return;
        throw error;
      }
      await heartbeat();
    }
  }

  private async process(topic: string, partition: number, messages: KafkaMessage[]) {
    const spec = this.spec;
    const records = this.predictor.newBatch(messages.length);
    const good: KafkaMessage[] = [];
    const lines: string[] = [];
    const dead: Message[] = [];
    const link = (message: KafkaMessage) => ({
      [HEADERS.inputTopic]: topic,
      [HEADERS.inputPartition]: String(partition),
      [HEADERS.inputOffset]: message.offset,
    });
    const deadLetter = (message: KafkaMessage, reason: string) =>
      dead.push({ key: message.key, value: message.value, headers: { ...link(message), [HEADERS.error]: reason } });

    for (const message of messages) {
      const line = message.value?.toString('utf8').trim() ?? '';
      try {
        if (line === '') throw new Error('the message has no value');
        this.predictor.add(records, line);
        good.push(message);
        lines.push(line);
      } catch (error) {
        deadLetter(message, (error as Error).message);
      }
    }
    const requestId = `${spec.name}/${topic}/${partition}/${messages[0].offset}`;
    const outputs: Message[] = [];
    (await this.predictor.predict(records, lines, requestId)).forEach((result, i) => {
      const message = good[i];
      if (result.error !== undefined) deadLetter(message, result.error);
      else {
        outputs.push({
          key: message.key,
          value: result.output,
          headers: { ...link(message), [HEADERS.requestId]: `${requestId}/${message.offset}`, [HEADERS.endpoint]: this.endpoint.name },
        });
      }
    });
    const topicMessages = [];
    if (outputs.length) topicMessages.push({ topic: spec.outputTopic, messages: outputs });
    if (dead.length) topicMessages.push({ topic: spec.deadLetterTopic, messages: dead });
    if (topicMessages.length) await this.producer!.sendBatch({ topicMessages, acks: -1 });
    this.counts.recordsIn += messages.length;
    this.counts.recordsOut += outputs.length;
    this.counts.deadLettered += dead.length;
    this.metrics.records.inc({ kind: 'stream', outcome: 'predicted' }, outputs.length);
    if (dead.length) this.metrics.records.inc({ kind: 'stream', outcome: 'dead_lettered' }, dead.length);
  }
}
