import {
  EXAMPLES,
  predictInProcess,
  startDeployedPlatform,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type HttpResult,
  type Platform,
} from '@modelserve/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Body limit lowered for this run, to show it is configurable. */
const MAX_BODY_BYTES = 1024 * 1024;

describe('the platform end to end: four processes, PostgreSQL and an S3 server', () => {
  let deployed: DeployedPlatform;
  let platform: Platform;
  let api: DeployedPlatform['api'];

  beforeAll(async () => {
    deployed = await startDeployedPlatform('e2e', { MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
    ({ platform, api } = deployed);
  });

  afterAll(() => deployed?.stop());

  describe('predictions agree with onnxruntime-node run in this process', () => {
    const wineRows = EXAMPLES.wine.rows;
    const cancerRows = EXAMPLES.cancer.rows;
    const csv = (rows: number[][]) => rows.map((r) => r.join(',')).join('\n');
    const jsonLines = (rows: number[][]) => rows.map((r) => JSON.stringify(r)).join('\n');

    let wineExpected: number[][];
    let cancerLabels: number[];
    let cancerProbabilities: number[][];

    beforeAll(async () => {
      const wine = (await predictInProcess(EXAMPLES.wine, wineRows)).probabilities.data as Float32Array;
      wineExpected = wineRows.map((_, i) => Array.from(wine.subarray(i * 3, i * 3 + 3)));
      const cancer = await predictInProcess(EXAMPLES.cancer, cancerRows);
      cancerLabels = Array.from(cancer.output_label.data as BigInt64Array, Number);
      const probabilities = cancer.output_probability.data as Float32Array;
      cancerProbabilities = cancerRows.map((_, i) => [probabilities[i * 2], probabilities[i * 2 + 1]]);
    });

    /** Served numbers are float32 printed short; read back as float32 they must be the very same values. */
    const asFloat32 = (values: number[]) => values.map((v) => Math.fround(v));

    it.each([
      ['JSON instances', () => JSON.stringify({ instances: wineRows }), 'application/json'],
      ['JSON named inputs', () => JSON.stringify({ inputs: { features: wineRows } }), 'application/json'],
      ['a bare JSON array', () => JSON.stringify(wineRows), 'application/json'],
      ['CSV', () => csv(wineRows), 'text/csv'],
      ['JSON Lines', () => jsonLines(wineRows), 'application/jsonlines'],
    ])('the PyTorch network, from %s', async (_title, body, contentType) => {
      const result = await api.invoke('wine', body(), contentType);
      expect(result.status).toBe(200);
      expect(result.headers.get('x-amzn-invoked-production-variant')).toBe('primary');
      expect(result.headers.get('x-model-version')).toBe('wine:1');
      const predictions = result.json.predictions as number[][];
      expect(predictions).toHaveLength(wineRows.length);
      predictions.forEach((row, i) => expect(asFloat32(row)).toEqual(wineExpected[i]));
      // And the network still agrees with PyTorch itself.
      predictions.forEach((row, i) =>
        row.forEach((p, j) => expect(p).toBeCloseTo((EXAMPLES.wine.expected.probabilities as number[][])[i][j], 4)),
      );
    });

    it.each([
      ['JSON', () => JSON.stringify({ instances: cancerRows }), 'application/json'],
      ['CSV', () => csv(cancerRows), 'text/csv'],
      ['JSON Lines', () => jsonLines(cancerRows), 'application/jsonlines'],
    ])('the scikit-learn classifier ending in ZipMap, from %s: labels and class probabilities', async (_title, body, contentType) => {
      const result = await api.invoke('cancer', body(), contentType);
      expect(result.status).toBe(200);
      expect(result.headers.get('x-model-version')).toBe('cancer:1');
      const predictions = result.json.predictions as { output_label: number; output_probability: Record<string, number> }[];
      expect(predictions.map((p) => p.output_label)).toEqual(cancerLabels);
      expect(predictions.map((p) => p.output_label)).toEqual(EXAMPLES.cancer.expected.output_label);
      predictions.forEach((p, i) => {
        expect(Object.keys(p.output_probability)).toEqual(['0', '1']);
        expect(asFloat32([p.output_probability['0'], p.output_probability['1']])).toEqual(cancerProbabilities[i]);
      });
    });

    it('answers in CSV when asked: one line per row, outputs side by side', async () => {
      const result = await api.invoke('cancer', csv(cancerRows), 'text/csv', { accept: 'text/csv' });
      expect(result.status).toBe(200);
      expect(result.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = result.text
        .trim()
        .split('\n')
        .map((line) => line.split(',').map(Number));
      expect(lines).toHaveLength(cancerRows.length);
      lines.forEach(([label, p0, p1], i) => {
        expect(label).toBe(cancerLabels[i]);
        expect(asFloat32([p0, p1])).toEqual(cancerProbabilities[i]);
      });
    });

    it('answers in JSON Lines when asked', async () => {
      const result = await api.invoke('wine', csv(wineRows.slice(0, 5)), 'text/csv', { accept: 'application/jsonlines' });
      expect(result.status).toBe(200);
      const lines = result.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as number[]);
      lines.forEach((row, i) => expect(asFloat32(row)).toEqual(wineExpected[i]));
    });

    it('serves a request close to the body limit (many rows through gRPC)', async () => {
      const copies = Math.floor((MAX_BODY_BYTES * 0.9) / (csv(wineRows).length + 1));
      const rows = Array.from({ length: copies }, () => wineRows).flat();
      const body = csv(rows);
      expect(body.length).toBeLessThan(MAX_BODY_BYTES);
      const result = await api.invoke('wine', body, 'text/csv');
      expect(result.status).toBe(200);
      expect(result.json.predictions).toHaveLength(rows.length);
      expect(asFloat32(result.json.predictions.at(-1))).toEqual(wineExpected.at(-1));
    });

    it('keeps a caller request id and makes one otherwise', async () => {
      const kept = await api.invoke('wine', csv(wineRows.slice(0, 1)), 'text/csv', { 'x-request-id': 'trace-123' });
      expect(kept.headers.get('x-request-id')).toBe('trace-123');
      const made = await api.invoke('wine', csv(wineRows.slice(0, 1)), 'text/csv');
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      // The id crosses into the next service: the registry logs the failed lookup under it.
      const missing = await api.send('GET', '/v1/models/not-there', undefined, { 'x-request-id': 'trace-across-services' });
      expect(missing.json.error.requestId).toBe('trace-across-services');
      const line = await waitFor('the registry to log the request id', () =>
        platform.registry.logs.split('\n').find((l) => l.includes('"requestId":"trace-across-services"')),
      );
      expect(JSON.parse(line)).toMatchObject({ service: 'registry', method: 'GetModel', code: 'NotFound' });
    });
  });

  describe('bad input gets a clear 4xx error and costs nothing', () => {
    const wineRow = EXAMPLES.wine.rows[0];
    const cases: [string, () => Promise<HttpResult>, number, string, RegExp][] = [
      ['malformed JSON', () => api.invoke('wine', '{"instances": [[1, 2', 'application/json'), 400, 'InvalidRequest', /not valid JSON/],
      [
        'a wrong feature count',
        () => api.invoke('wine', JSON.stringify({ instances: [[1, 2, 3]] }), 'application/json'),
        400,
        'InvalidInput',
        /input "features" expects shape \[-1, 13\]/,
      ],
      [
        'a wrong type',
        () => api.invoke('wine', JSON.stringify([[...wineRow.slice(1), 'x']]), 'application/json'),
        400,
        'InvalidInput',
        /takes FP32 values; row 1 has "x"/,
      ],
      ['a short CSV line', () => api.invoke('wine', '1,2,3', 'text/csv'), 400, 'InvalidInput', /13 values per row\); line 1 has 3/],
      [
        'a broken JSON line',
        () => api.invoke('wine', '[1,2\n', 'application/jsonlines'),
        400,
        'InvalidRequest',
        /line 1 of the JSON Lines body/,
      ],
      ['an empty CSV body', () => api.invoke('wine', '', 'text/csv'), 400, 'InvalidInput', /has no rows/],
      ['an empty JSON body', () => api.invoke('wine', '', 'application/json'), 400, 'InvalidRequest', /the body is empty/],
      ['an unknown endpoint', () => api.invoke('nope', '1', 'text/csv'), 404, 'NotFound', /endpoint nope does not exist/],
      ['an unsupported Content-Type', () => api.invoke('wine', 'hello', 'text/plain'), 415, 'UnsupportedMediaType', /text\/plain/],
      [
        'an unsupported Accept',
        () => api.invoke('wine', wineRow.join(','), 'text/csv', { accept: 'image/png' }),
        406,
        'NotAcceptable',
        /image\/png/,
      ],
      [
        'a body over the limit',
        () => api.invoke('wine', 'x'.repeat(MAX_BODY_BYTES + 1), 'text/csv'),
        413,
        'PayloadTooLarge',
        /larger than the limit of 1048576 bytes/,
      ],
      ['a taken model name', () => api.postJson('/v1/models', { name: 'wine' }), 409, 'Conflict', /model wine already exists/],
      ['an invalid model name', () => api.postJson('/v1/models', { name: 'bad_name' }), 400, 'InvalidRequest', /name: /],
      [
        'an unknown field',
        () => api.postJson('/v1/models', { name: 'fine', descripton: 'typo' }),
        400,
        'InvalidRequest',
        /Unrecognized key/,
      ],
      ['an unknown model', () => api.get('/v1/models/nope'), 404, 'NotFound', /model nope does not exist/],
      ['an unknown version', () => api.get('/v1/models/wine/versions/7'), 404, 'NotFound', /no version 7/],
      [
        'a broken model file',
        () => api.send('POST', '/v1/models/wine/versions', 'not a model', { 'content-type': 'application/octet-stream' }),
        400,
        'InvalidModel',
        /not an ONNX model/,
      ],
      [
        'a truncated model file',
        () =>
          api.send('POST', '/v1/models/wine/versions', readFileSync(EXAMPLES.wine.model).subarray(0, 900), {
            'content-type': 'application/octet-stream',
          }),
        400,
        'InvalidModel',
        /ONNX|onnxruntime/,
      ],
      [
        'a model upload of the wrong type',
        () => api.send('POST', '/v1/models/wine/versions', 'x', { 'content-type': 'text/plain' }),
        415,
        'UnsupportedMediaType',
        /octet-stream/,
      ],
      [
        'a config naming an unknown version',
        () => api.postJson('/v1/endpoint-configs', { name: 'c9', variants: [{ name: 'a', model: 'wine', version: 9 }] }),
        404,
        'NotFound',
        /no version 9/,
      ],
      [
        'an endpoint naming an unknown config',
        () => api.postJson('/v1/endpoints', { name: 'e9', config: 'nope' }),
        404,
        'NotFound',
        /endpoint config nope/,
      ],
      [
        'a taken endpoint name',
        () => api.postJson('/v1/endpoints', { name: 'wine', config: 'wine-config' }),
        409,
        'Conflict',
        /endpoint wine already exists/,
      ],
      ['an unknown route', () => api.get('/v1/nothing'), 404, 'NotFound', /nothing/],
    ];

    it.each(cases)('%s', async (_title, request, status, code, message) => {
      const result = await request();
      expect(result.status).toBe(status);
      expect(result.json.error).toEqual({ code, message: expect.stringMatching(message), requestId: expect.any(String) });
    });

    it('leaves every service running and the versions untouched', async () => {
      for (const service of platform.all()) expect(service.running).toBe(true);
      const versions = await api.get('/v1/models/wine/versions');
      expect(versions.json.versions.map((v: { version: number }) => v.version)).toEqual([1]);
      expect((await api.invoke('wine', wineRow.join(','), 'text/csv')).status).toBe(200);
    });
  });

  describe('resources', () => {
    it('describes models, versions, configs and endpoints', async () => {
      const models = await api.get('/v1/models');
      expect(models.json.models.map((m: { name: string }) => m.name)).toEqual(['cancer', 'wine']);
      const version = await api.get('/v1/models/cancer/versions/1');
      expect(version.json).toMatchObject({
        model: 'cancer',
        version: 1,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        sizeBytes: readFileSync(EXAMPLES.cancer.model).length,
        inputs: [{ name: 'input', datatype: 'FP32', shape: [-1, 30] }],
        outputs: [
          { name: 'output_label', datatype: 'INT64', shape: [-1] },
          { name: 'output_probability', datatype: 'FP32', shape: [-1, 2], classLabels: ['0', '1'] },
        ],
      });
      const endpoint = await api.get('/v1/endpoints/cancer');
      expect(endpoint.json).toMatchObject({
        name: 'cancer',
        config: 'cancer-config',
        status: 'InService',
        variants: [{ name: 'primary', model: 'cancer', version: 1, desiredInstanceCount: 1, readyInstanceCount: 1, weight: 1 }],
      });
      expect((await api.get('/v1/endpoints')).json.endpoints).toHaveLength(2);
      expect((await api.get('/v1/endpoint-configs')).json.endpointConfigs).toHaveLength(2);
    });

    it('registers a version from an object already in storage', async () => {
      const { ObjectStore } = await import('@modelserve/storage');
      const storage = { ...testStorageConfig(), S3_BUCKET: platform.registry.env.S3_BUCKET };
      const store = new ObjectStore(storage);
      await store.uploadFile({ bucket: storage.S3_BUCKET, key: 'incoming/wine.onnx' }, join(EXAMPLES.wine.dir, 'model.onnx'));
      const result = await api.postJson('/v1/models/wine/versions', { artifactUri: `s3://${storage.S3_BUCKET}/incoming/wine.onnx` });
      expect(result.status).toBe(201);
      expect(result.json.version).toBe(2);
    });

    it('deletes an endpoint: it unloads and then no longer exists', async () => {
      const deleted = await api.delete('/v1/endpoints/cancer');
      expect(deleted.status).toBe(202);
      expect(deleted.json.status).toBe('Deleting');
      await waitFor('the endpoint to be gone', async () => (await api.get('/v1/endpoints/cancer')).status === 404);
      await waitFor('invocations to answer 404', async () => (await api.invoke('cancer', '1', 'text/csv')).status === 404);
    });
  });
});
