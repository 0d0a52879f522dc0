import { listKeys, ObjectStore } from '@modelserve/storage';
import { EXAMPLES, startTestPlatform, testStorageConfig, waitFor, type DeployedPlatform } from '@modelserve/testing';
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';

describe('data capture and metrics through the gateway', () => {
  let started: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let store: ObjectStore;
  let bucket: string;

  beforeAll(async () => {
    started = await startTestPlatform('capture', { extraEnv: { CAPTURE_FLUSH_MS: '200' } });
    api = started.api;
    bucket = started.platform.registry.env.S3_BUCKET;
    store = new ObjectStore({ ...testStorageConfig(), S3_BUCKET: bucket });
    await api.postJson('/v1/models', { name: 'wine' });
    await api.send('POST', '/v1/models/wine/versions', readFileSync(EXAMPLES.wine.model), { 'content-type': 'application/octet-stream' });
    const config = await api.postJson('/v1/endpoint-configs', {
      name: 'captured',
      variants: [{ name: 'primary', model: 'wine', version: 1 }],
      dataCapture: { samplingPercent: 100 },
    });
    expect(config.json.dataCapture).toEqual({ samplingPercent: 100, destination: '' });
    await api.postJson('/v1/endpoints', { name: 'wine', config: 'captured' });
    await api.waitInService('wine');
  });

  afterAll(() => started?.stop());

  it('captures each invocation with its input, output, variant, version, latency and request id', async () => {
    const sent = new Map<string, { contentType: string; body: string; answer: string; inferenceId: string }>();
    for (let i = 0; i < 20; i++) {
      const row = EXAMPLES.wine.rows[i];
      const [contentType, body] = i % 2 ? ['text/csv', row.join(',')] : ['application/json', JSON.stringify({ instances: [row] })];
      const result = await api.invoke('wine', body, contentType, { 'x-request-id': `capture-${i}` });
      expect(result.status).toBe(200);
      sent.set(`capture-${i}`, {
        contentType,
        body,
        answer: result.text,
        inferenceId: result.headers.get('x-amzn-sagemaker-inference-id')!,
      });
    }
    // A failed invocation is not captured.
    expect((await api.invoke('wine', '1,2', 'text/csv', { 'x-request-id': 'capture-bad' })).status).toBe(400);

    const records = await waitFor('the capture files', async () => {
      const keys = await listKeys(store, bucket, 'capture/wine/primary/');
      const files = await Promise.all(
        keys.map(async (key) => ({ key, lines: (await text(await store.read({ bucket, key }))).trim().split('\n') })),
      );
      const lines = files.flatMap(({ key, lines: fileLines }) => fileLines.map((line) => ({ ...JSON.parse(line), key })));
      return lines.length >= 20 ? lines : undefined;
    });
    expect(records).toHaveLength(20);
    for (const record of records) {
      const original = sent.get(record.requestId)!;
      expect(original).toBeDefined();
      expect(record).toMatchObject({ endpoint: 'wine', variant: 'primary', model: 'wine', version: 1 });
      expect(record.latencyMs).toBeGreaterThan(0);
      expect(record.input.contentType).toBe(original.contentType);
      expect(record.input.data).toEqual(original.contentType === 'text/csv' ? original.body : JSON.parse(original.body));
      expect(record.output).toEqual({ contentType: 'application/json', data: original.answer });
      // The caller sent no inference id: one was made, returned with the answer and kept with the record.
      expect(original.inferenceId).toMatch(/^[0-9a-f-]{36}$/);
      expect(record.inferenceId).toBe(original.inferenceId);
      // Partitioned by the hour of the record: capture/<endpoint>/<variant>/yyyy/mm/dd/hh/<file>.jsonl
      const hour = (record.time as string).slice(0, 13).replace(/[-T]/g, '/');
      expect(record.key).toMatch(new RegExp(`^capture/wine/primary/${hour}/[^/]+\\.jsonl$`));
    }
  });

  it('exposes per-variant counts, latencies and capture outcomes on /metrics', async () => {
    const metrics = (await api.get('/metrics')).text;
    expect(metrics).toMatch(/^modelserve_invocations_total\{endpoint="wine",variant="primary",status="200"\} 20$/m);
    // The bad input was refused by the chosen variant's signature: it counts against that variant.
    expect(metrics).toMatch(/^modelserve_invocations_total\{endpoint="wine",variant="primary",status="400"\} 1$/m);
    expect(metrics).toMatch(/^modelserve_invocation_duration_seconds_count\{endpoint="wine",variant="primary"\} 20$/m);
    expect(metrics).toMatch(/^modelserve_capture_records_total\{endpoint="wine",outcome="written"\} 20$/m);
    // An unknown endpoint does not become a label value.
    await api.invoke('no-such-endpoint', '1', 'text/csv');
    expect((await api.get('/metrics')).text).not.toContain('no-such-endpoint');
  });
});
