import {
  EXAMPLES,
  predictInProcess,
  startDeployedPlatform,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type HttpResult,
} from '@modelserve/testing';
import { ObjectStore } from '@modelserve/storage';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';

/** Wine-like rows: the example's rows, varied so that every row is distinct. */
function wineRows(count: number, seed = 1): number[][] {
  const base = EXAMPLES.wine.rows;
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => base[i % base.length].map((v) => Math.round(v * (0.9 + 0.2 * random()) * 1000) / 1000));
}

const csv = (rows: number[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';

/** The wine network's probabilities for each row, computed in this process: the reference. */
async function wineExpected(rows: number[][]): Promise<number[][]> {
  const data = (await predictInProcess(EXAMPLES.wine, rows)).probabilities.data as Float32Array;
  return rows.map((_, i) => Array.from(data.subarray(i * 3, i * 3 + 3)));
}

/** Served numbers are float32 printed short; read back as float32 they must be the very same values. */
const asFloat32 = (values: unknown[]) => values.map((v) => Math.fround(Number(v)));

describe('transform jobs: files in an S3 server in, predictions out, through the four services', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let store: ObjectStore;
  let bucket: string;

  beforeAll(async () => {
    // The jobs' data lives in a bucket of its own, which the platform is allowed to read and write.
    const storage = testStorageConfig('transform-data');
    deployed = await startDeployedPlatform('transform', {
      // Small parts and short claims, so that checkpoints and resumes happen within a test's data.
      BATCH_PART_BYTES: String(64 * 1024),
      BATCH_LEASE_MS: '3000',
      BATCH_POLL_MS: '200',
      STORAGE_ALLOWED_URIS: `s3://${storage.S3_BUCKET}`,
    });
    api = deployed.api;
    store = new ObjectStore(storage);
    bucket = storage.S3_BUCKET;
    await store.ensureBucket();
  }, 120_000);

  afterAll(() => deployed?.stop());

  const put = (key: string, body: string | Buffer) => store.uploadStream({ bucket, key }, Buffer.from(body));
  const text = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read({ bucket, key })) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  };
  const lines = async (key: string) => (await text(key)).split('\n').filter((l) => l !== '');

  async function runJob(body: Record<string, unknown>, timeoutMs = 60_000): Promise<HttpResult['json']> {
    const created = await api.postJson('/v1/transform-jobs', body);
    expect(created.status).toBe(202);
    expect(created.json.status).toBe('InProgress');
    return waitFor(
      `transform job ${String(body.name)} to finish`,
      async () => {
        const job = (await api.get(`/v1/transform-jobs/${String(body.name)}`)).json;
        return ['Completed', 'Failed', 'Stopped'].includes(job.status) ? job : undefined;
      },
      { timeoutMs, intervalMs: 200 },
    );
  }

  it('predicts CSV objects under a prefix, row by row as onnxruntime does, over many mini-batches in flight', async () => {
    const parts = [wineRows(3000, 1), wineRows(2000, 2), wineRows(1, 3)];
    await Promise.all(parts.map((rows, i) => put(`csv/in/part-${i}.csv`, csv(rows))));
    const job = await runJob({
      name: 'wine-csv',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/csv/in`, contentType: 'text/csv' },
      output: { uri: `s3://${bucket}/csv/out`, accept: 'text/csv' },
      maxPayloadMB: 0.02,
      maxConcurrentTransforms: 3,
    });
    expect(job).toMatchObject({ status: 'Completed', servedBy: 'wine' });
    expect(job.progress).toMatchObject({ objectsTotal: 3, objectsCompleted: 3, recordsProcessed: 5001, recordsFailed: 0 });
    for (const [i, rows] of parts.entries()) {
      const expected = await wineExpected(rows);
      const output = await lines(`csv/out/part-${i}.csv.out`);
      expect(output).toHaveLength(rows.length);
      output.forEach((line, row) => expect(asFloat32(line.split(','))).toEqual(expected[row]));
    }
  });

  it('predicts JSON Lines on a model placed for the job alone, and removes that endpoint when done', async () => {
    const rows = EXAMPLES.cancer.rows;
    await put(
      'jsonl/in/a.jsonl',
      rows
        .slice(0, 20)
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    await put(
      'jsonl/in/b.jsonl',
      rows
        .slice(20)
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const job = await runJob({
      name: 'cancer-jsonl',
      model: { name: 'cancer', version: 1 },
      input: { uri: `s3://${bucket}/jsonl/in/`, contentType: 'application/jsonlines' },
      output: { uri: `s3://${bucket}/jsonl/out`, accept: 'application/jsonlines' },
    });
    expect(job).toMatchObject({ status: 'Completed', servedBy: 'tj-cancer-jsonl', model: { name: 'cancer', version: 1 } });
    const reference = await predictInProcess(EXAMPLES.cancer, rows);
    const labels = Array.from(reference.output_label.data as BigInt64Array, Number);
    const probabilities = reference.output_probability.data as Float32Array;
    const output = [...(await lines('jsonl/out/a.jsonl.out')), ...(await lines('jsonl/out/b.jsonl.out'))].map((l) => JSON.parse(l));
    expect(output).toHaveLength(rows.length);
    output.forEach((prediction, i) => {
      expect(prediction.output_label).toBe(labels[i]);
      expect(asFloat32([prediction.output_probability['0'], prediction.output_probability['1']])).toEqual([
        probabilities[2 * i],
        probabilities[2 * i + 1],
      ]);
    });
    await waitFor('the job endpoint to be removed', async () => (await api.get('/v1/endpoints/tj-cancer-jsonl')).status === 404);
  });

  it('keeps an id column through joinSource Input with input and output filters, in CSV and in JSON', async () => {
    const rows = wineRows(50, 4);
    const expected = await wineExpected(rows);
    await put('join/in/rows.csv', rows.map((r, i) => `id-${i},${r.join(',')}`).join('\n'));
    await put('join-json/in/rows.jsonl', rows.map((r, i) => JSON.stringify({ id: `id-${i}`, features: r, note: 'x' })).join('\n'));
    const csvJob = await runJob({
      name: 'wine-join-csv',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/join/in/rows.csv`, contentType: 'text/csv' },
      output: { uri: `s3://${bucket}/join/out`, accept: 'text/csv' },
      dataProcessing: { inputFilter: '$[1:]', joinSource: 'Input', outputFilter: '$[0,-3,-2,-1]' },
    });
    expect(csvJob.status).toBe('Completed');
    const csvOut = await lines('join/out/rows.csv.out');
    expect(csvOut).toHaveLength(rows.length);
    csvOut.forEach((line, i) => {
      const [id, ...probabilities] = line.split(',');
      expect(id).toBe(`id-${i}`);
      expect(asFloat32(probabilities)).toEqual(expected[i]);
    });

    const jsonJob = await runJob({
      name: 'wine-join-json',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/join-json/in`, contentType: 'application/jsonlines' },
      output: { uri: `s3://${bucket}/join-json/out`, accept: 'application/jsonlines' },
      dataProcessing: { inputFilter: '$.features', joinSource: 'Input', outputFilter: "$['id','prediction']" },
    });
    expect(jsonJob.status).toBe('Completed');
    const jsonOut = (await lines('join-json/out/rows.jsonl.out')).map((l) => JSON.parse(l));
    jsonOut.forEach((record, i) => {
      expect(Object.keys(record)).toEqual(['id', 'prediction']);
      expect(record.id).toBe(`id-${i}`);
      expect(asFloat32(record.prediction)).toEqual(expected[i]);
    });
  });

  it('reads gzip-compressed input', async () => {
    const rows = wineRows(500, 5);
    await put('gzip/in/rows.csv.gz', gzipSync(csv(rows)));
    const job = await runJob({
      name: 'wine-gzip',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/gzip/in`, contentType: 'text/csv', compression: 'Gzip' },
      output: { uri: `s3://${bucket}/gzip/out`, accept: 'text/csv' },
    });
    expect(job.status).toBe('Completed');
    const expected = await wineExpected(rows);
    const output = await lines('gzip/out/rows.csv.gz.out');
    expect(output.map((l) => asFloat32(l.split(',')))).toEqual(expected);

    await put('gzip-broken/in/rows.csv.gz', Buffer.from('this is not gzip'));
    const broken = await runJob({
      name: 'wine-gzip-broken',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/gzip-broken/in`, contentType: 'text/csv', compression: 'Gzip' },
      output: { uri: `s3://${bucket}/gzip-broken/out`, accept: 'text/csv' },
    });
    expect(broken).toMatchObject({ status: 'Failed', failureReason: expect.stringMatching(/not valid gzip/) });
  });

  it('sends each whole object as one request with splitType None', async () => {
    const rows = wineRows(20, 11);
    await put('whole/in/a.json', JSON.stringify({ instances: rows }));
    const job = await runJob({
      name: 'wine-whole',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/whole/in`, contentType: 'application/json', splitType: 'None' },
      output: { uri: `s3://${bucket}/whole/out`, accept: 'application/json' },
    });
    expect(job).toMatchObject({ status: 'Completed', progress: { recordsProcessed: 1, recordsFailed: 0 } });
    const { predictions } = JSON.parse(await text('whole/out/a.json.out'));
    expect(predictions.map(asFloat32)).toEqual(await wineExpected(rows));
  });

  it('sends bad records to the error file and goes on; past maxFailedRecordsPercent the job fails', async () => {
    const rows = wineRows(10, 6);
    const input = rows.map((r) => r.join(','));
    input[2] = 'not,a,number,at,all,1,2,3,4,5,6,7,8'; // 13 cells, not numbers
    input[5] = '1,2,3'; // too few values
    input[7] = `"quoted, cell",${rows[7].slice(1).join(',')}`; // valid CSV, a text cell
    await put('bad/in/rows.csv', input.join('\n'));
    const spec = {
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/bad/in`, contentType: 'text/csv' },
      output: { uri: `s3://${bucket}/bad/out`, accept: 'text/csv' },
    };
    const tolerant = await runJob({ ...spec, name: 'wine-bad-tolerant', errorPolicy: { maxFailedRecordsPercent: 50 } });
    expect(tolerant).toMatchObject({ status: 'Completed', progress: { recordsProcessed: 10, recordsFailed: 3 } });
    const good = [0, 1, 3, 4, 6, 8, 9];
    const expected = await wineExpected(good.map((i) => rows[i]));
    expect((await lines('bad/out/rows.csv.out')).map((l) => asFloat32(l.split(',')))).toEqual(expected);
    const errors = (await lines('bad/out/_errors/rows.csv.jsonl')).map((l) => JSON.parse(l));
    expect(errors.map((e) => e.line)).toEqual([3, 6, 8]);
    expect(errors[0].reason).toMatch(/FP32.*"not"/);
    expect(errors[1].reason).toMatch(/13 values per row.*has 3/);
    expect(errors[2].reason).toMatch(/quoted, cell/);

    // The batch service counts records by outcome for Prometheus.
    const metrics = await (await fetch(`http://127.0.0.1:${deployed.platform.batch.httpPort}/metrics`)).text();
    const counted = (outcome: string) =>
      Number(new RegExp(`modelserve_batch_records_total{kind="transform",outcome="${outcome}"} (\\d+)`).exec(metrics)?.[1]);
    expect(counted('failed')).toBeGreaterThanOrEqual(3);
    expect(counted('predicted')).toBeGreaterThanOrEqual(7);
    expect(metrics).toMatch(/modelserve_batch_predict_duration_seconds_count{endpoint="wine"} [1-9]/);

    const strict = await runJob({ ...spec, name: 'wine-bad-strict', output: { uri: `s3://${bucket}/bad-strict/out`, accept: 'text/csv' } });
    expect(strict.status).toBe('Failed');
    expect(strict.failureReason).toMatch(/3 of 10 records failed.*maxFailedRecordsPercent 0/);
  });

  it('refuses malformed job requests with a 400 naming the problem', async () => {
    const base = {
      name: 'bad-request',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/csv/in`, contentType: 'text/csv' },
      output: { uri: `s3://${bucket}/x`, accept: 'text/csv' },
    };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, endpoint: undefined }, /endpoint.*model/],
      [{ ...base, input: { ...base.input, uri: 'http://nope' } }, /input.uri.*s3:\/\//],
      [{ ...base, input: { ...base.input, contentType: 'image/png' } }, /input.contentType/],
      [{ ...base, maxPayloadMB: 0 }, /maxPayloadMB/],
      [{ ...base, dataProcessing: { inputFilter: '$[1:' } }, /filter.*cannot be read/],
      [{ ...base, surprise: true }, /surprise/],
    ];
    for (const [body, message] of cases) {
      const response = await api.postJson('/v1/transform-jobs', body);
      expect(response.status).toBe(400);
      expect(response.json.error.message).toMatch(message);
    }
    expect((await api.postJson('/v1/transform-jobs', { ...base, endpoint: 'no-such-endpoint' })).status).toBe(404);
    expect((await api.get('/v1/transform-jobs/no-such-job')).status).toBe(404);
    expect((await api.postJson('/v1/transform-jobs', { ...base, name: 'wine-csv' })).status).toBe(409);
  });

  it('says clearly that stream jobs are off when no Kafka brokers are configured', async () => {
    const response = await api.postJson('/v1/stream-jobs', { name: 's', endpoint: 'wine', inputTopic: 'in', outputTopic: 'out' });
    expect(response.status).toBe(409);
    expect(response.json.error.message).toMatch(/stream jobs are disabled.*KAFKA_BROKERS/);
  });

  it('stops a job: finished objects keep their output, the unfinished one gets none', async () => {
    const rows = wineRows(20_000, 7);
    await put('stop/in/a.csv', csv(rows.slice(0, 10)));
    await put('stop/in/b.csv', csv(rows));
    const created = await api.postJson('/v1/transform-jobs', {
      name: 'wine-stop',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/stop/in`, contentType: 'text/csv' },
      output: { uri: `s3://${bucket}/stop/out`, accept: 'text/csv' },
      batchStrategy: 'SingleRecord',
    });
    expect(created.status).toBe(202);
    await waitFor('the second object to be under way', async () => {
      const job = (await api.get('/v1/transform-jobs/wine-stop')).json;
      return job.progress.objectsCompleted === 1 && job.progress.recordsProcessed > 20;
    });
    const stopping = await api.postJson('/v1/transform-jobs/wine-stop/stop', {});
    expect(stopping.status).toBe(202);
    expect(['Stopping', 'Stopped']).toContain(stopping.json.status);
    const stopped = await waitFor('the job to stop', async () => {
      const job = (await api.get('/v1/transform-jobs/wine-stop')).json;
      return job.status === 'Stopped' ? job : undefined;
    });
    expect(stopped.progress.objectsCompleted).toBe(1);
    const again = await api.postJson('/v1/transform-jobs/wine-stop/stop', {});
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/is Stopped; only a job in progress can be stopped/);
    expect(await lines('stop/out/a.csv.out')).toHaveLength(10);
    await expect(store.sizeOf({ bucket, key: 'stop/out/b.csv.out' })).resolves.toBeUndefined();
  });

  it('survives kill -9 of the batch service mid-job: after a restart every record is in the output exactly once', async () => {
    const parts = [wineRows(40_000, 8), wineRows(40_000, 9), wineRows(40_000, 10)];
    await Promise.all(parts.map((rows, i) => put(`crash/in/part-${i}.csv`, csv(rows))));
    const created = await api.postJson('/v1/transform-jobs', {
      name: 'wine-crash',
      endpoint: 'wine',
      input: { uri: `s3://${bucket}/crash/in`, contentType: 'text/csv' },
      output: { uri: `s3://${bucket}/crash/out`, accept: 'text/csv' },
      // Small mini-batches, one at a time: the job takes long enough to be caught in the middle.
      maxPayloadMB: 0.005,
      maxConcurrentTransforms: 1,
    });
    expect(created.status).toBe(202);
    const batch = deployed.platform.batch;
    // Kill it right after it saved a part of the first object: its checkpoint is in the batch service's table.
    const db = new Client({ connectionString: deployed.database.url });
    await db.connect();
    try {
      await waitFor(
        'a checkpoint part-way through the first object',
        async () =>
          (
            await db.query(
              `SELECT 1 FROM transform_objects WHERE job = 'wine-crash' AND key = 'crash/in/part-0.csv' AND status = 'InProgress' AND lines_done > 0`,
            )
          ).rowCount === 1,
        { timeoutMs: 60_000, intervalMs: 20 },
      );
    } finally {
      await db.end();
    }
    await batch.stop('SIGKILL');
    await batch.start();
    const job = await waitFor(
      'the resumed job to complete',
      async () => {
        const current = (await api.get('/v1/transform-jobs/wine-crash')).json;
        return current.status === 'InProgress' ? undefined : current;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    expect(job.status).toBe('Completed');
    expect(job.progress).toMatchObject({ objectsCompleted: 3, recordsProcessed: 120_000, recordsFailed: 0 });
    for (const [i, rows] of parts.entries()) {
      const expected = await wineExpected(rows);
      const output = await lines(`crash/out/part-${i}.csv.out`);
      expect(output).toHaveLength(rows.length);
      expect(output.map((l) => asFloat32(l.split(',')))).toEqual(expected);
    }
    // The restarted service carried on from a saved part, not from the start of the object.
    const resumedAt = /"key":"crash\/in\/part-0.csv","line":(\d+),"parts":(\d+),"msg":"resuming object from its checkpoint"/.exec(
      batch.logs,
    );
    expect(resumedAt).not.toBeNull();
    expect(Number(resumedAt![1])).toBeGreaterThan(0);
  }, 240_000);
});
