import { listKeys, ObjectStore } from '@modelserve/storage';
import {
  EXAMPLES,
  predictInProcess,
  startDeployedPlatform,
  startKafkaBroker,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type RunningKafka,
} from '@modelserve/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Client } from 'pg';

const REQUESTS = 50;
const ROWS_PER_REQUEST = 3;

interface Notification {
  inferenceId: string;
  invocationStatus: string;
  failureReason?: string;
  responseParameters: { outputLocation?: string; failureLocation?: string };
}

/**
 * Asynchronous inference through the REST door of SageMaker's runtime (the SDK's InvokeEndpointAsync
 * path), with the queue surviving a worker and a batch service killed with SIGKILL mid-way, and
 * outcomes announced on real Kafka-protocol topics.
 */
describe('asynchronous inference', () => {
  let broker: RunningKafka;
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let store: ObjectStore;
  let bucket: string;
  let reader: Consumer;
  const notifications: Notification[] = [];
  const rows = EXAMPLES.wine.rows;
  const rowsOf = (i: number) => Array.from({ length: ROWS_PER_REQUEST }, (_, k) => rows[(i * ROWS_PER_REQUEST + k) % rows.length]);

  const readObject = async (uri: string) => {
    const [, objectBucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read({ bucket: objectBucket, key })) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  };
  const invokeAsync = (inputKey: string, headers: Record<string, string> = {}) =>
    api.send('POST', '/endpoints/wine-async/async-invocations', undefined, {
      'x-amzn-sagemaker-inputlocation': `s3://${bucket}/${inputKey}`,
      'x-amzn-sagemaker-content-type': 'text/csv',
      ...headers,
    });

  beforeAll(async () => {
    broker = await startKafkaBroker(['async-done:1', 'async-failed:1']);
    // Small runs of rows, so that a large request is sent to the worker in many messages.
    deployed = await startDeployedPlatform('async', { KAFKA_BROKERS: broker.bootstrap, ASYNC_CHUNK_BYTES: '4096' });
    api = deployed.api;
    bucket = deployed.platform.registry.env.S3_BUCKET;
    store = new ObjectStore({ ...testStorageConfig(), S3_BUCKET: bucket });
    const kafka = new Kafka({ clientId: 'async-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    reader = kafka.consumer({
      groupId: 'async-test',
      sessionTimeout: 3000,
      heartbeatInterval: 300,
      maxWaitTimeInMs: 500,
      rebalanceTimeout: 3000,
    });
    await reader.connect();
    await reader.subscribe({ topics: ['async-done', 'async-failed'], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => void notifications.push(JSON.parse(message.value!.toString()) as Notification),
    });
    const config = await api.postJson('/v1/endpoint-configs', {
      name: 'wine-async',
      variants: [{ name: 'primary', model: 'wine', version: 1 }],
      asyncInference: {
        outputUri: `s3://${bucket}/async/out`,
        failureUri: `s3://${bucket}/async/failed`,
        notification: { successTopic: 'async-done', errorTopic: 'async-failed' },
        maxConcurrentInvocationsPerInstance: 2,
      },
    });
    expect(config.status).toBe(201);
    expect(config.json.asyncInference).toEqual({
      outputUri: `s3://${bucket}/async/out`,
      failureUri: `s3://${bucket}/async/failed`,
      notification: { successTopic: 'async-done', errorTopic: 'async-failed' },
      maxConcurrentInvocationsPerInstance: 2,
    });
    expect((await api.postJson('/v1/endpoints', { name: 'wine-async', config: 'wine-async' })).status).toBe(202);
    await api.waitInService('wine-async');
    for (let i = 0; i < REQUESTS; i++) {
      await store.uploadStream(
        { bucket, key: `async/in/${i}.csv` },
        Buffer.from(
          rowsOf(i)
            .map((r) => r.join(','))
            .join('\n'),
        ),
      );
    }
  }, 180_000);

  afterAll(async () => {
    await reader?.disconnect();
    await deployed?.stop();
    await broker?.stop();
  });

  it('answers every one of 50 requests exactly once though the worker and the batch service are killed mid-way', async () => {
    const queued: { inferenceId: string; outputLocation: string }[] = [];
    const enqueue = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const answer = await invokeAsync(`async/in/${i}.csv`, { 'x-amzn-sagemaker-inference-id': `request-${i}` });
        expect(answer.status).toBe(202);
        expect(answer.headers.get('x-amzn-sagemaker-outputlocation')).toBe(answer.json.OutputLocation);
        queued.push({ inferenceId: answer.json.InferenceId, outputLocation: answer.json.OutputLocation });
      }
    };
    const answered = async () =>
      (await Promise.all(queued.map((q) => readObject(q.outputLocation).catch(() => undefined)))).filter(Boolean).length;

    await enqueue(0, 20);
    await waitFor('some answers', async () => (await answered()) >= 5, { timeoutMs: 30_000 });
    await deployed.platform.workers[0].stop('SIGKILL');
    await enqueue(20, REQUESTS);
    // With no worker, requests wait in the queue and in flight; the batch service then dies with them claimed.
    const metrics = await waitFor('the queue gauges to show the backlog', async () => {
      const text = await (await deployed.platform.batch.fetch('/metrics')).text();
      const depth = Number(/modelserve_async_queue_depth\{endpoint="wine-async"\} (\d+)/.exec(text)?.[1] ?? 0);
      return depth >= REQUESTS - 20 ? text : undefined;
    });
    expect(Number(/modelserve_async_oldest_request_age_seconds\{endpoint="wine-async"\} ([\d.e+-]+)/.exec(metrics)?.[1])).toBeGreaterThan(
      0,
    );
    const database = new Client({ connectionString: deployed.database.url });
    await database.connect();
    try {
      await waitFor('requests claimed by the batch service', async () => {
        const { rows: claimed } = await database.query("SELECT count(*)::int AS n FROM async_invocations WHERE status = 'InProgress'");
        return claimed[0].n > 0;
      });
      await deployed.platform.batch.stop('SIGKILL');
      await deployed.platform.workers[0].start();
      await deployed.platform.batch.start();

      await waitFor('every answer', async () => (await answered()) === REQUESTS, { timeoutMs: 90_000 });
      for (const [i, request] of queued.entries()) {
        const expected = (await predictInProcess(EXAMPLES.wine, rowsOf(i))).probabilities.data as Float32Array;
        const answer = JSON.parse(await readObject(request.outputLocation)) as { predictions: number[][] };
        expect(answer.predictions.flat().map(Math.fround)).toEqual(Array.from(expected));
      }
      const { rows: outcomes } = await database.query(
        'SELECT status, count(*)::int AS n, count(notified_at)::int AS notified FROM async_invocations GROUP BY status',
      );
      expect(outcomes).toEqual([{ status: 'Completed', n: REQUESTS, notified: REQUESTS }]);
      // The requests the killed instance held were run again, from the start, by its successor.
      const { rows: rerun } = await database.query('SELECT count(*)::int AS n FROM async_invocations WHERE attempts > 1');
      expect(rerun[0].n).toBeGreaterThan(0);
    } finally {
      await database.end();
    }
    // Each request is announced; a repeat (a crash between sending and recording it) carries the same inference id.
    await waitFor('every notification', () => new Set(notifications.map((n) => n.inferenceId)).size === REQUESTS, { timeoutMs: 30_000 });
    expect(new Set(notifications.map((n) => n.inferenceId))).toEqual(new Set(queued.map((q) => q.inferenceId)));
    expect(notifications.every((n) => n.invocationStatus === 'Completed')).toBe(true);
    expect(await listKeys(store, bucket, 'async/failed/')).toEqual([]);
  }, 240_000);

  it('hands running requests back to the queue when the batch service stops, without waiting for them', async () => {
    await deployed.platform.workers[0].stop('SIGKILL');
    const held: string[] = [];
    for (let i = 0; i < 3; i++) held.push((await invokeAsync(`async/in/${i}.csv`)).json.OutputLocation);
    const database = new Client({ connectionString: deployed.database.url });
    await database.connect();
    try {
      const inProgress = "SELECT count(*)::int AS n FROM async_invocations WHERE status = 'InProgress'";
      await waitFor('requests claimed', async () => (await database.query(inProgress)).rows[0].n > 0);
      const stopping = Date.now();
      await deployed.platform.batch.stop('SIGTERM');
      // Well within the 10 s after which the test harness would kill it.
      expect(Date.now() - stopping).toBeLessThan(5000);
      expect((await database.query(inProgress)).rows[0].n).toBe(0);
      const { rows } = await database.query(
        "SELECT count(*)::int AS n FROM async_invocations WHERE status = 'Queued' AND attempts = 0 AND started_at IS NOT NULL",
      );
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await database.end();
    }
    await deployed.platform.workers[0].start();
    await deployed.platform.batch.start();
    for (const location of held) await waitFor('the answer', () => readObject(location).catch(() => undefined), { timeoutMs: 60_000 });
  }, 120_000);

  it('sends a large request in runs of rows and answers it as one', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => rows[i % rows.length]);
    await store.uploadStream({ bucket, key: 'async/in/large.jsonl' }, Buffer.from(many.map((r) => JSON.stringify(r)).join('\n')));
    const answer = await invokeAsync('async/in/large.jsonl', {
      'x-amzn-sagemaker-content-type': 'application/jsonlines',
      'x-amzn-sagemaker-accept': 'text/csv',
    });
    expect(answer.status).toBe(202);
    const csv = await waitFor('the answer', () => readObject(answer.json.OutputLocation).catch(() => undefined), { timeoutMs: 30_000 });
    const expected = (await predictInProcess(EXAMPLES.wine, many)).probabilities.data as Float32Array;
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines.flatMap((line) => line.split(',').map((v) => Math.fround(Number(v))))).toEqual(Array.from(expected));
  });

  it('writes a failure and announces it on the error topic when the input does not fit the model', async () => {
    await store.uploadStream({ bucket, key: 'async/in/bad.csv' }, Buffer.from('1,2,3\n'));
    const answer = await invokeAsync('async/in/bad.csv', { 'x-amzn-sagemaker-inference-id': 'bad-one' });
    expect(answer.status).toBe(202);
    const failure = await waitFor('the failure object', () => readObject(answer.json.FailureLocation).catch(() => undefined), {
      timeoutMs: 30_000,
    });
    expect(failure).toMatch(/13|column|feature|shape/i);
    const event = await waitFor('the error notification', async () => notifications.find((n) => n.inferenceId === 'bad-one'));
    expect(event).toMatchObject({ invocationStatus: 'Failed', responseParameters: { failureLocation: answer.json.FailureLocation } });
    expect(await store.sizeOf({ bucket, key: answer.json.OutputLocation.replace(`s3://${bucket}/`, '') })).toBeUndefined();
  });

  it('refuses what cannot be queued, with SageMaker error types', async () => {
    const missing = await invokeAsync('async/in/none.csv');
    expect([missing.status, missing.json.__type, missing.headers.get('x-amzn-errortype')]).toEqual([
      400,
      'ValidationError',
      'ValidationError',
    ]);
    expect(missing.json.message).toMatch(/does not exist/);
    const noAsync = await api.send('POST', '/endpoints/wine/async-invocations', undefined, {
      'x-amzn-sagemaker-inputlocation': `s3://${bucket}/async/in/0.csv`,
    });
    expect([noAsync.status, noAsync.json.__type]).toEqual([400, 'ValidationError']);
    expect(noAsync.json.message).toMatch(/asyncInference/);
    const outside = await invokeAsync('../escape.csv');
    expect(outside.status).toBe(400);
    const badTimeout = await invokeAsync('async/in/0.csv', { 'x-amzn-sagemaker-invocationtimeoutseconds': '7200' });
    expect([badTimeout.status, badTimeout.json.message]).toEqual([400, expect.stringMatching(/invocationTimeoutSeconds/)]);
    const unknown = await api.send('POST', '/endpoints/no-such/async-invocations', undefined, {
      'x-amzn-sagemaker-inputlocation': `s3://${bucket}/async/in/0.csv`,
    });
    expect([unknown.status, unknown.json.__type]).toEqual([404, 'ValidationError']);
  });
});
