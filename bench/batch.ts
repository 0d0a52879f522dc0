/**
 * `npm run bench` (second part): batch predictions, in one run, on the wine model:
 *   1. baseline: one process reads a CSV file from local disk, parses it, runs onnxruntime-node in
 *      batches of the job's mini-batch size and writes CSV: the least work possible;
 *   2. a transform job over the same rows in the platform's embedded S3 store (`npm start` defaults),
 *      at 500,000 and 1,000,000 rows, with the batch service's peak memory (VmHWM) for each;
 *   3. a stream job draining a backlog of Kafka messages (librdkafka's mock broker).
 *
 * BENCH_ROWS (default 1,000,000) and BENCH_STREAM_RECORDS (default 100,000) set the sizes.
 */
import { EXAMPLES, startKafkaBroker, waitFor } from '@modelserve/testing';
import { embeddedStoreCredentials, ObjectStore } from '@modelserve/storage';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import * as ort from 'onnxruntime-node';
import { getJson, postJson, startBenchPlatform, type BenchPlatform } from './platform';
import { peakMemoryMiB, servicePid } from './processes';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SMALL_ROWS = Math.round(ROWS / 2);
const STREAM_RECORDS = Number(process.env.BENCH_STREAM_RECORDS ?? 100_000);
/** The job's mini-batch budget (its default maxPayloadMB), used by the baseline as well. */
const PAYLOAD_BYTES = 6 * 1024 * 1024;
const BUCKET = 'bench';

/** Writes `count` distinct wine rows as CSV. */
async function writeRows(path: string, count: number) {
  const out = createWriteStream(path);
  const base = EXAMPLES.wine.rows;
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const row = base[i % base.length];
    const k = 1 + ((i % 997) - 498) / 5000;
    chunk += row.map((v) => Math.round(v * k * 1000) / 1000).join(',') + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The baseline: read, parse, predict in batches of PAYLOAD_BYTES of input, write CSV; rows/s. */
async function baseline(input: string, output: string): Promise<number> {
  const session = await ort.InferenceSession.create(EXAMPLES.wine.model, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
  });
  const started = performance.now();
  const out = createWriteStream(output);
  let values: number[] = [];
  let bytes = 0;
  let rows = 0;
  const flush = async () => {
    if (values.length === 0) return;
    const count = values.length / 13;
    const result = await session.run({ features: new ort.Tensor('float32', Float32Array.from(values), [count, 13]) });
    const p = result.probabilities.data as Float32Array;
    let text = '';
    for (let i = 0; i < count; i++) text += `${p[3 * i]},${p[3 * i + 1]},${p[3 * i + 2]}\n`;
    if (!out.write(text)) await once(out, 'drain');
    values = [];
    bytes = 0;
  };
  let carry = '';
  for await (const chunk of createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (carry + (chunk as string)).split('\n');
    carry = lines.pop()!;
    for (const line of lines) {
      if (!line) continue;
      for (const cell of line.split(',')) values.push(Number(cell));
      rows++;
      bytes += line.length + 1;
      if (bytes >= PAYLOAD_BYTES) await flush();
    }
  }
  await flush();
  out.end();
  await once(out, 'finish');
  await session.release();
  return rows / ((performance.now() - started) / 1000);
}

interface Platform extends BenchPlatform {
  store: ObjectStore;
}

async function startPlatform(kafka: string): Promise<Platform> {
  const platform = await startBenchPlatform({
    KAFKA_BROKERS: kafka,
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    KAFKA_HEARTBEAT_INTERVAL_MS: '500',
    // The jobs' data is in a bucket of its own, which the platform may read and write.
    STORAGE_ALLOWED_URIS: `s3://${BUCKET}`,
  });
  // The embedded store's credentials, made at the platform's first start.
  const credentials = embeddedStoreCredentials(join(platform.dataDir, 's3-credentials'));
  const store = new ObjectStore({
    S3_ENDPOINT: `http://127.0.0.1:${platform.ports.EMBEDDED_S3_PORT}`,
    S3_ACCESS_KEY: credentials.accessKeyId,
    S3_SECRET_KEY: credentials.secretAccessKey,
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
  });
  await store.ensureBucket();
  return { ...platform, store };
}

const batchPid = (root: number) => servicePid(root, 'batch');

/** Runs a transform job over `file`; rows/s from the job's own start and end times, and the batch service's peak memory. */
async function transform(platform: Platform, name: string, file: string, rows: number) {
  await platform.store.uploadStream({ bucket: BUCKET, key: `${name}/in/rows.csv` }, createReadStream(file), statSync(file).size);
  await postJson(platform.gateway, '/v1/transform-jobs', {
    name,
    endpoint: 'wine',
    input: { uri: `s3://${BUCKET}/${name}/in`, contentType: 'text/csv' },
    output: { uri: `s3://${BUCKET}/${name}/out`, accept: 'text/csv' },
  });
  const pid = batchPid(platform.child.pid!)!;
  const idleMiB = peakMemoryMiB(pid);
  const job = await waitFor(
    `transform job ${name}`,
    async () => {
      const current = await getJson(platform.gateway, `/v1/transform-jobs/${name}`);
      return current.status === 'InProgress' ? undefined : current;
    },
    { timeoutMs: 30 * 60_000, intervalMs: 250 },
  );
  const progress = job.progress as { recordsProcessed: number };
  if (job.status !== 'Completed' || progress.recordsProcessed !== rows) throw new Error(`job ${name}: ${JSON.stringify(job)}`);
  const seconds = (Date.parse(job.endedAt as string) - Date.parse(job.startedAt as string)) / 1000;
  return { rowsPerSecond: rows / seconds, seconds, idleMiB, peakMiB: peakMemoryMiB(pid) };
}

/** Restarts the batch service (the supervisor starts it again), so that its peak memory starts afresh. */
async function restartBatch(platform: Platform) {
  const pid = batchPid(platform.child.pid!)!;
  process.kill(pid, 'SIGTERM');
  await waitFor('a new batch process', () => {
    const next = batchPid(platform.child.pid!);
    return next !== undefined && next !== pid;
  });
  await waitFor(
    'the batch service',
    async () => (await getJson(platform.gateway, '/v1/transform-jobs').catch(() => undefined)) !== undefined,
  );
}

async function stream(platform: Platform, bootstrap: string) {
  const kafka = new Kafka({ clientId: 'bench', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const rows = EXAMPLES.wine.rows;
  for (let i = 0; i < STREAM_RECORDS; i += 5000) {
    const messages = Array.from({ length: Math.min(5000, STREAM_RECORDS - i) }, (_, k) => ({
      key: String(i + k),
      value: rows[(i + k) % rows.length].join(','),
    }));
    await producer.send({ topic: 'bench-in', messages });
  }
  await producer.disconnect();
  const started = performance.now();
  await postJson(platform.gateway, '/v1/stream-jobs', {
    name: 'bench-stream',
    endpoint: 'wine',
    inputTopic: 'bench-in',
    outputTopic: 'bench-out',
    contentType: 'text/csv',
    maxBatchRecords: 1000,
    maxBatchDelayMs: 100,
  });
  await waitFor(
    'the stream job to drain its backlog',
    async () =>
      ((await getJson(platform.gateway, '/v1/stream-jobs/bench-stream')).lag as { lag: number }[]).reduce((s, p) => s + p.lag, 1) === 1,
    { timeoutMs: 30 * 60_000, intervalMs: 100 },
  );
  return STREAM_RECORDS / ((performance.now() - started) / 1000);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'modelserve-bench-rows-'));
  const broker = await startKafkaBroker(['bench-in:4', 'bench-out:4', 'bench-in.dead-letter:1']);
  const platform = await startPlatform(broker.bootstrap);
  try {
    const large = join(work, 'large.csv');
    const small = join(work, 'small.csv');
    await writeRows(large, ROWS);
    await writeRows(small, SMALL_ROWS);
    const base = await baseline(large, join(work, 'baseline.out'));
    console.error('measured the baseline');
    // Restarted before each job, so that each peak is the job's own; the first start also creates the embedded database.
    await restartBatch(platform);
    const smallJob = await transform(platform, 'bench-small', small, SMALL_ROWS);
    await restartBatch(platform);
    const largeJob = await transform(platform, 'bench-large', large, ROWS);
    console.error('measured transform jobs');
    const streamRate = await stream(platform, broker.bootstrap);
    const mb = (statSync(large).size / 1024 / 1024).toFixed(0);
    console.log(
      [
        '',
        `| batch target | rows | rows/s | vs baseline | batch service peak memory: idle, during the job |`,
        `| --- | ---: | ---: | ---: | ---: |`,
        `| baseline: one process, local file, onnxruntime in batches | ${ROWS} | ${base.toFixed(0)} | 1.00 | |`,
        ...[smallJob, largeJob].map(
          (job, i) =>
            `| transform job (S3 in, S3 out) | ${[SMALL_ROWS, ROWS][i]} | ${job.rowsPerSecond.toFixed(0)} | ${(job.rowsPerSecond / base).toFixed(2)} | ` +
            `${job.idleMiB.toFixed(0)} MiB, ${job.peakMiB.toFixed(0)} MiB |`,
        ),
        `| stream job (Kafka backlog, 4 partitions) | ${STREAM_RECORDS} | ${streamRate.toFixed(0)} | | |`,
        '',
        `The input is ${mb} MiB of CSV; mini-batches of ${PAYLOAD_BYTES / 1024 / 1024} MiB of input, 2 in flight (the job defaults). ` +
          `Peak memory is the batch process's VmHWM, restarted between the two jobs.`,
      ].join('\n'),
    );
  } finally {
    platform.child.kill('SIGTERM');
    await once(platform.child, 'exit');
    await broker.stop();
    rmSync(work, { recursive: true, force: true });
    rmSync(platform.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
