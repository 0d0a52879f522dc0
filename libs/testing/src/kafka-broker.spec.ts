import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startKafkaBroker, type RunningKafka } from './kafka-broker';
import { waitFor } from './wait';

// Consumer settings the mock broker needs (see shared notes): short sessions, frequent heartbeats,
// fetch long-polls shorter than the session.
const CONSUMER = { sessionTimeout: 3000, heartbeatInterval: 300, maxWaitTimeInMs: 500, rebalanceTimeout: 3000 };

describe('the Kafka-protocol test broker', () => {
  let broker: RunningKafka;
  let kafka: Kafka;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    broker = await startKafkaBroker(['records:4']);
    kafka = new Kafka({ clientId: 'broker-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
  }, 120_000);

  afterAll(async () => {
    for (const consumer of consumers) await consumer.disconnect();
    await broker?.stop();
  });

  async function consumeInto(seen: string[]) {
    const consumer = kafka.consumer({ groupId: 'group-a', ...CONSUMER });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: 'records', fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
    return consumer;
  }

  it('carries messages from an idempotent producer to a consumer group, which resumes from committed offsets', async () => {
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    const send = (from: number, to: number) =>
      producer.send({
        topic: 'records',
        messages: Array.from({ length: to - from }, (_, i) => ({ key: String(from + i), value: `message-${from + i}` })),
      });
    await send(0, 200);

    const first: string[] = [];
    const consumer = await consumeInto(first);
    await waitFor('the first 200 messages', () => first.length >= 200, { timeoutMs: 30_000 });
    expect(new Set(first).size).toBe(200);
    await consumer.disconnect();
    consumers.pop();

    await send(200, 250);
    const second: string[] = [];
    await consumeInto(second);
    await waitFor('the 50 new messages', () => second.length >= 50, { timeoutMs: 30_000 });
    // A marker on every partition: anything read twice would come before it on its partition.
    await producer.send({ topic: 'records', messages: [0, 1, 2, 3].map((partition) => ({ partition, value: `marker-${partition}` })) });
    await waitFor('a marker from every partition', () => second.filter((m) => m.startsWith('marker-')).length === 4, { timeoutMs: 30_000 });
    // Offsets were committed: the group resumed where it left off, with nothing read twice.
    expect(second.filter((m) => !m.startsWith('marker-')).sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `message-${200 + i}`).sort(),
    );
    await producer.disconnect();
  });
});
