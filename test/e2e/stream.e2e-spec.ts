import {
  EXAMPLES,
  predictInProcess,
  startDeployedPlatform,
  startKafkaBroker,
  waitFor,
  type DeployedPlatform,
  type RunningKafka,
} from '@modelserve/testing';
import { Kafka, logLevel, type Admin, type Consumer, type KafkaMessage, type Producer } from 'kafkajs';

// Consumer settings the mock broker needs: short sessions, frequent heartbeats, short fetch long-polls.
const KAFKA_ENV = { KAFKA_SESSION_TIMEOUT_MS: '3000', KAFKA_HEARTBEAT_INTERVAL_MS: '300' };
const PARTITIONS = 4;

interface Seen {
  key: string;
  value: string;
  headers: Record<string, string>;
}

const headersOf = (message: KafkaMessage) => Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));

describe('stream jobs: records from a Kafka topic, predictions to another, through a real Kafka-protocol broker', () => {
  let broker: RunningKafka;
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let kafka: Kafka;
  let producer: Producer;
  let reader: Consumer;
  let admin: Admin;
  const outputs: Seen[] = [];
  const deadLetters: Seen[] = [];

  beforeAll(async () => {
    broker = await startKafkaBroker([`wine-in:${PARTITIONS}`, 'wine-out:2', 'wine-dead:1']);
    deployed = await startDeployedPlatform('stream', { KAFKA_BROKERS: broker.bootstrap, ...KAFKA_ENV });
    api = deployed.api;
    kafka = new Kafka({ clientId: 'stream-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
    admin = kafka.admin();
    await admin.connect();
    reader = kafka.consumer({
      groupId: 'test-reader',
      sessionTimeout: 3000,
      heartbeatInterval: 300,
      maxWaitTimeInMs: 500,
      rebalanceTimeout: 3000,
    });
    await reader.connect();
    await reader.subscribe({ topics: ['wine-out', 'wine-dead'], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ topic, message }) => {
        const seen = { key: message.key!.toString(), value: message.value!.toString(), headers: headersOf(message) };
        (topic === 'wine-out' ? outputs : deadLetters).push(seen);
      },
    });
  }, 180_000);

  afterAll(async () => {
    await reader?.disconnect();
    await admin?.disconnect();
    await producer?.disconnect();
    await deployed?.stop();
    await broker?.stop();
  });

  const rows = EXAMPLES.wine.rows;
  /** Record i: a wine row, except every 50th, which is not CSV numbers. */
  const recordValue = (i: number) => (i % 50 === 49 ? `bad record ${i}` : rows[i % rows.length].join(','));
  const send = (from: number, to: number) =>
    producer.send({
      topic: 'wine-in',
      messages: Array.from({ length: to - from }, (_, k) => ({ key: String(from + k), value: recordValue(from + k) })),
    });
  /** Input offsets answered, by output or dead letter: "partition:offset". */
  const answered = () =>
    new Set([...outputs, ...deadLetters].map((m) => `${m.headers['modelserve-input-partition']}:${m.headers['modelserve-input-offset']}`));

  it('refuses a malformed stream job with a 400', async () => {
    const response = await api.postJson('/v1/stream-jobs', { name: 'x', endpoint: 'wine', inputTopic: 'a b', outputTopic: 'c' });
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/inputTopic/);
  });

  it('shares partitions between two batch instances in one group; a killed one loses nothing', async () => {
    const created = await api.postJson('/v1/stream-jobs', {
      name: 'wine-scoring',
      endpoint: 'wine',
      inputTopic: 'wine-in',
      outputTopic: 'wine-out',
      deadLetterTopic: 'wine-dead',
      contentType: 'text/csv',
      accept: 'application/jsonlines',
      consumerGroup: 'wine-scorers',
      maxBatchRecords: 50,
      maxBatchDelayMs: 200,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'Running', servedBy: 'wine', consumerGroup: 'wine-scorers' });
    const second = await deployed.platform.addBatch();

    await send(0, 1000);
    await waitFor('the first records to be answered', () => answered().size >= 200, { timeoutMs: 60_000 });
    // Both instances consume: each logged joining the job's group.
    await waitFor('both instances to consume', () => [deployed.platform.batch, second].every((b) => /stream job consuming/.test(b.logs)), {
      timeoutMs: 30_000,
    });
    await second.stop('SIGKILL');
    await send(1000, 2000);

    const offsets = await waitFor(
      'every input offset to be answered',
      async () => {
        const ends = await admin.fetchTopicOffsets('wine-in');
        const total = ends.reduce((sum, p) => sum + Number(p.high), 0);
        return answered().size >= total ? ends : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(offsets.reduce((sum, p) => sum + Number(p.high), 0)).toBe(2000);
    for (const partition of offsets) {
      for (let offset = 0; offset < Number(partition.high); offset++) expect(answered().has(`${partition.partition}:${offset}`)).toBe(true);
    }

    // Every good record's prediction is onnxruntime's, under the input's key (duplicates allowed, at least once).
    const data = (await predictInProcess(EXAMPLES.wine, rows)).probabilities.data as Float32Array;
    const keys = new Set<string>();
    for (const output of outputs) {
      const i = Number(output.key);
      keys.add(output.key);
      const row = i % rows.length;
      expect(JSON.parse(output.value).map((v: number) => Math.fround(v))).toEqual(Array.from(data.subarray(row * 3, row * 3 + 3)));
      expect(output.headers['modelserve-input-topic']).toBe('wine-in');
      expect(output.headers['modelserve-request-id']).toContain('wine-scoring/wine-in/');
    }
    const good = Array.from({ length: 2000 }, (_, i) => i).filter((i) => i % 50 !== 49);
    expect(good.every((i) => keys.has(String(i)))).toBe(true);

    // Bad records went to the dead-letter topic with their original bytes and the reason.
    const deadKeys = new Set(deadLetters.map((d) => d.key));
    expect([...deadKeys].sort()).toEqual(Array.from({ length: 40 }, (_, k) => String(50 * k + 49)).sort());
    for (const dead of deadLetters) {
      expect(dead.value).toBe(`bad record ${dead.key}`);
      expect(dead.headers['modelserve-error']).toMatch(/13 values per row\); the record has 1/);
    }

    await waitFor(
      'the lag to be zero on every partition',
      async () => {
        const current = (await api.get('/v1/stream-jobs/wine-scoring')).json;
        return current.lag.length === PARTITIONS && current.lag.every((p: { lag: number }) => p.lag === 0);
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    // Instances report their counts every second; the killed one's last second is lost, the survivor's are not.
    // Every record sent after the kill went through the survivor.
    const job = await waitFor('the counters to be reported', async () => {
      const current = (await api.get('/v1/stream-jobs/wine-scoring')).json;
      return current.recordsIn >= 1000 && current.recordsDeadLettered >= 20 ? current : undefined;
    });
    expect(job.recordsOut + job.recordsDeadLettered).toBe(job.recordsIn);
    const metrics = await (await fetch(`http://127.0.0.1:${deployed.platform.batch.httpPort}/metrics`)).text();
    expect(metrics).toMatch(/modelserve_batch_records_total{kind="stream",outcome="predicted"} [1-9]/);
    expect(metrics).toMatch(/modelserve_batch_records_total{kind="stream",outcome="dead_lettered"} [1-9]/);
    expect(metrics).toMatch(/modelserve_batch_running_jobs{kind="stream"} 1/);
  }, 240_000);

  it('pauses and resumes a job, and deletes it', async () => {
    const paused = await api.postJson('/v1/stream-jobs/wine-scoring/pause', {});
    expect(paused.status).toBe(200);
    expect(paused.json.status).toBe('Paused');
    // Paused: no instance consumes it any longer.
    for (const instance of deployed.platform.all().filter((s) => s.name.startsWith('batch') && s.running)) {
      await waitFor(`${instance.name} to stop consuming`, async () =>
        /^modelserve_batch_running_jobs\{kind="stream"\} 0$/m.test(
          await (await fetch(`http://127.0.0.1:${instance.httpPort}/metrics`)).text(),
        ),
      );
    }
    const before = answered().size;
    await send(2000, 2010);
    // The ten records are in the topic and nobody commits them: the job's lag shows them waiting.
    const lagged = await waitFor('the records sent while paused to show as lag', async () => {
      const job = (await api.get('/v1/stream-jobs/wine-scoring')).json;
      return (job.lag as { lag: number }[]).reduce((sum, partition) => sum + partition.lag, 0) >= 10 ? job : undefined;
    });
    expect(lagged.status).toBe('Paused');
    expect(answered().size).toBe(before);

    expect((await api.postJson('/v1/stream-jobs/wine-scoring/resume', {})).json.status).toBe('Running');
    await waitFor('the records sent while paused', () => answered().size >= before + 10, { timeoutMs: 60_000 });

    expect((await api.get('/v1/stream-jobs')).json.streamJobs.map((j: { name: string }) => j.name)).toEqual(['wine-scoring']);
    expect((await api.delete('/v1/stream-jobs/wine-scoring')).status).toBe(200);
    expect((await api.get('/v1/stream-jobs/wine-scoring')).status).toBe(404);
  }, 120_000);
});
