import type { CaptureRecord } from '@modelserve/contracts';
import { createLogger } from '@modelserve/common';
import { listKeys, ObjectStore } from '@modelserve/storage';
import { testStorageConfig } from '@modelserve/testing';
import { text } from 'node:stream/consumers';
import { loadGatewayConfig } from '../config';
import { GatewayMetrics } from '../observability/metrics';
import { DataCaptureWriter } from './data-capture';

const record = (i: number, variant = 'primary'): CaptureRecord => ({
  time: '2026-11-25T14:05:06.000Z',
  requestId: `request-${i}`,
  endpoint: 'wine',
  variant,
  model: 'wine',
  version: 1,
  latencyMs: 1.5,
  input: { contentType: 'text/csv', data: `${i},1,2` },
  output: { contentType: 'application/json', data: `{"predictions":[${i}]}` },
});

describe('data capture writer, against an S3 server', () => {
  const storage = testStorageConfig('capture');
  const store = new ObjectStore(storage);
  const writers: DataCaptureWriter[] = [];

  function writer(env: Record<string, string>) {
    const metrics = new GatewayMetrics();
    const created = new DataCaptureWriter(
      loadGatewayConfig({ ...storage, CAPTURE_FLUSH_MS: '3600000', ...env }),
      createLogger('test', 'silent'),
      metrics,
    );
    writers.push(created);
    return { writer: created, metrics };
  }

  const counted = async (metrics: GatewayMetrics, outcome: string) =>
    (await metrics.captured.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

  async function readRecords(prefix: string): Promise<{ key: string; records: CaptureRecord[] }[]> {
    const keys = await listKeys(store, storage.S3_BUCKET, prefix);
    return Promise.all(
      keys.map(async (key) => ({
        key,
        records: (await text(await store.read({ bucket: storage.S3_BUCKET, key })))
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
      })),
    );
  }

  afterAll(async () => {
    for (const w of writers) await w.onApplicationShutdown();
  });

  it('writes every sampled record, one JSON Lines file per endpoint, variant and hour', async () => {
    const { writer: w, metrics } = writer({});
    for (let i = 0; i < 10; i++) w.offer({ samplingPercent: 100, destination: '' }, () => record(i, i % 2 ? 'blue' : 'green'));
    await w.flush();
    const files = await readRecords('capture/');
    expect(files.map((f) => f.key.replace(/[^/]+\.jsonl$/, ''))).toEqual([
      'capture/wine/blue/2026/11/25/14/',
      'capture/wine/green/2026/11/25/14/',
    ]);
    const all = files.flatMap((f) => f.records);
    expect(all.map((r) => r.requestId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `request-${i}`).sort());
    expect(all.find((r) => r.requestId === 'request-3')).toEqual(record(3, 'blue'));
    expect(await counted(metrics, 'written')).toBe(10);
  });

  it('samples the configured share and honours a destination', async () => {
    const { writer: w } = writer({});
    let built = 0;
    for (let i = 0; i < 400; i++)
      w.offer({ samplingPercent: 25, destination: `s3://${storage.S3_BUCKET}/elsewhere` }, () => (built++, record(i)));
    await w.flush();
    const captured = (await readRecords('elsewhere/wine/primary/')).flatMap((f) => f.records).length;
    expect(captured).toBe(built);
    // 25% of 400 is 100; 4.5 standard deviations of the binomial is about 39.
    expect(Math.abs(captured - 100)).toBeLessThan(39);
    w.offer({ samplingPercent: 0, destination: '' }, () => record(-1));
    w.offer(null, () => record(-2));
    await w.flush();
    expect((await readRecords('capture/wine/primary/')).flatMap((f) => f.records).some((r) => r.requestId.startsWith('request--'))).toBe(
      false,
    );
  });

  it('drops and counts records once its buffer is full, and keeps the rest', async () => {
    const { writer: w, metrics } = writer({ CAPTURE_BUFFER_RECORDS: '5', CAPTURE_BATCH_RECORDS: '1000' });
    for (let i = 0; i < 20; i++) w.offer({ samplingPercent: 100, destination: `s3://${storage.S3_BUCKET}/bounded` }, () => record(i));
    expect(await counted(metrics, 'dropped')).toBe(15);
    await w.flush();
    expect((await readRecords('bounded/')).flatMap((f) => f.records).map((r) => r.requestId)).toEqual([
      'request-0',
      'request-1',
      'request-2',
      'request-3',
      'request-4',
    ]);
  });
});
