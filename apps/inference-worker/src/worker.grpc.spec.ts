import { status } from '@grpc/grpc-js';
import { createLogger } from '@modelserve/common';
import { startService } from '@modelserve/service';
import {
  inferenceClient,
  unary,
  workerControlClient,
  type GRPCInferenceServiceClient,
  type WorkerControlClient,
} from '@modelserve/contracts';
import { ObjectStore } from '@modelserve/storage';
import { EXAMPLES, predictInProcess, REPO_ROOT, testStorageConfig } from '@modelserve/testing';
import type { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerModule } from './app.module';
import { loadWorkerConfig } from './config';
import { WorkerRuntime } from './worker.runtime';

const storage = testStorageConfig('worker');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const artifact = (key: string) => `s3://${storage.S3_BUCKET}/${key}`;

describe('inference worker over gRPC', () => {
  let app: INestApplication;
  let inference: GRPCInferenceServiceClient;
  let control: WorkerControlClient;
  const store = new ObjectStore(storage);

  const load = (model: string, file: string, version = 1) =>
    unary(control, 'LoadModel', { ref: { model, version }, artifactUri: artifact(`${model}.onnx`), sha256: sha256(file) });

  const inferRows = (model: string, rows: number[][], inputName: string) =>
    unary(inference, 'ModelInfer', {
      modelName: model,
      modelVersion: '1',
      id: 'request-1',
      inputs: [{ name: inputName, datatype: 'FP32', shape: [rows.length, rows[0].length] }],
      rawInputContents: [Buffer.from(Float32Array.from(rows.flat()).buffer)],
    });

  beforeAll(async () => {
    await store.ensureBucket();
    await store.uploadFile(store.location('wine.onnx'), EXAMPLES.wine.model);
    await store.uploadFile(store.location('cancer.onnx'), EXAMPLES.cancer.model);
    const config = loadWorkerConfig({
      ...storage,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'worker-spec-')),
      WORKER_GRPC_PORT: '0',
      WORKER_HTTP_PORT: '0',
      REGISTRY_ADDRESS: '127.0.0.1:9',
    });
    app = await startService({
      name: 'inference-worker',
      module: WorkerModule.register(config, createLogger('worker', 'error')),
      httpHost: '127.0.0.1',
      httpPort: 0,
      grpcTls: config,
      logger: createLogger('worker', 'silent'),
    });
    const address = `127.0.0.1:${app.get(WorkerRuntime).grpcPort}`;
    inference = inferenceClient(address);
    control = workerControlClient(address);
  });

  afterAll(async () => {
    inference?.close();
    control?.close();
    await app?.close();
  });

  it('answers the V2 server calls, with the platform release it runs', async () => {
    expect(await unary(inference, 'ServerLive', {})).toEqual({ live: true });
    expect(await unary(inference, 'ServerReady', {})).toEqual({ ready: true });
    const release = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await unary(inference, 'ServerMetadata', {})).toMatchObject({ name: 'modelserve-inference-worker', version: release });
  });

  it('loads a model and describes it through ModelReady and ModelMetadata', async () => {
    const loaded = await load('wine', EXAMPLES.wine.model);
    expect(loaded.inputs).toEqual([{ name: 'features', datatype: 'FP32', shape: [-1, 13], classLabels: [] }]);
    expect(await unary(inference, 'ModelReady', { name: 'wine', version: '1' })).toEqual({ ready: true });
    expect(await unary(inference, 'ModelReady', { name: 'wine', version: '2' })).toEqual({ ready: false });
    const metadata = await unary(inference, 'ModelMetadata', { name: 'wine', version: '1' });
    expect(metadata).toMatchObject({ name: 'wine', versions: ['1'], platform: 'onnxruntime_onnx' });
    expect(metadata.outputs).toEqual([{ name: 'probabilities', datatype: 'FP32', shape: [-1, 3] }]);
  });

  it('predicts exactly what onnxruntime predicts in process, from raw tensor bytes', async () => {
    await load('wine', EXAMPLES.wine.model);
    const rows = EXAMPLES.wine.rows;
    const response = await inferRows('wine', rows, 'features');
    expect(response).toMatchObject({ modelName: 'wine', modelVersion: '1', id: 'request-1' });
    expect(response.outputs).toEqual([expect.objectContaining({ name: 'probabilities', datatype: 'FP32', shape: [rows.length, 3] })]);
    const raw = response.rawOutputContents[0];
    const served = new Float32Array(new Uint8Array(raw).buffer);
    const expected = (await predictInProcess(EXAMPLES.wine, rows)).probabilities.data as Float32Array;
    expect(served).toEqual(expected);
  });

  it('serves a classifier that ends in ZipMap: labels and class probabilities', async () => {
    await load('cancer', EXAMPLES.cancer.model);
    const rows = EXAMPLES.cancer.rows;
    const response = await inferRows('cancer', rows, 'input');
    expect(response.outputs.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['output_label', 'INT64', [rows.length]],
      ['output_probability', 'FP32', [rows.length, 2]],
    ]);
    const labels = Array.from(new BigInt64Array(new Uint8Array(response.rawOutputContents[0]).buffer), Number);
    expect(labels).toEqual(EXAMPLES.cancer.expected.output_label);
  });

  it('accepts typed contents from V2 clients that do not send raw bytes', async () => {
    await load('wine', EXAMPLES.wine.model);
    const row = EXAMPLES.wine.rows[0];
    const response = await unary(inference, 'ModelInfer', {
      modelName: 'wine',
      modelVersion: '1',
      inputs: [{ name: 'features', datatype: 'FP32', shape: [1, 13], contents: { fp32Contents: row } }],
    });
    const served = new Float32Array(new Uint8Array(response.rawOutputContents[0]).buffer);
    expect(served).toEqual((await predictInProcess(EXAMPLES.wine, [row])).probabilities.data);
  });

  it.each([
    [
      'a wrong shape',
      { inputs: [{ name: 'features', datatype: 'FP32', shape: [1, 12] }], rawInputContents: [Buffer.alloc(48)] },
      /expects shape \[-1, 13\], got \[1, 12\]/,
    ],
    [
      'a wrong datatype',
      { inputs: [{ name: 'features', datatype: 'FP64', shape: [1, 13] }], rawInputContents: [Buffer.alloc(104)] },
      /takes FP32, got FP64/,
    ],
    [
      'an unknown input',
      { inputs: [{ name: 'pixels', datatype: 'FP32', shape: [1, 13] }], rawInputContents: [Buffer.alloc(52)] },
      /no input "pixels"/,
    ],
    ['a missing input', { inputs: [], rawInputContents: [] }, /missing input "features"/],
    [
      'too few bytes',
      { inputs: [{ name: 'features', datatype: 'FP32', shape: [2, 13] }], rawInputContents: [Buffer.alloc(52)] },
      /needs 104 bytes, got 52/,
    ],
  ])('refuses %s with INVALID_ARGUMENT naming the problem', async (_title, request, message) => {
    await load('wine', EXAMPLES.wine.model);
    await expect(unary(inference, 'ModelInfer', { modelName: 'wine', modelVersion: '1', ...request })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(message),
    });
  });

  it('answers NOT_FOUND for a model that is not loaded', async () => {
    await expect(unary(inference, 'ModelInfer', { modelName: 'nope', modelVersion: '1' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });

  it('refuses an artifact whose sha256 differs from the recorded one', async () => {
    const wrong = createHash('sha256').update('something else').digest('hex');
    await expect(
      unary(control, 'LoadModel', { ref: { model: 'tampered', version: 1 }, artifactUri: artifact('wine.onnx'), sha256: wrong }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/has sha256 .* expected/) });
    await expect(
      unary(control, 'LoadModel', { ref: { model: 'missing', version: 1 }, artifactUri: artifact('none.onnx'), sha256: wrong }),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('reloads from its disk cache without going back to storage', async () => {
    await store.uploadFile(store.location('cached.onnx'), EXAMPLES.wine.model);
    const ref = { model: 'cached', version: 1 };
    await unary(control, 'LoadModel', { ref, artifactUri: artifact('cached.onnx'), sha256: sha256(EXAMPLES.wine.model) });
    await unary(control, 'UnloadModel', { ref });
    await store.remove(store.location('cached.onnx'));
    await expect(
      unary(control, 'LoadModel', { ref, artifactUri: artifact('cached.onnx'), sha256: sha256(EXAMPLES.wine.model) }),
    ).resolves.toMatchObject({ ref });
  });

  // The drain itself (the unload waits for runs in flight) is shown in model-store.spec.ts, where the
  // timing is in the test's hands; here, whatever the timing, no request fails other than NOT_FOUND.
  it('answers requests racing an unload, or refuses them with NOT_FOUND, never a crash', async () => {
    await load('wine', EXAMPLES.wine.model);
    const inFlight = Array.from({ length: 30 }, () => inferRows('wine', EXAMPLES.wine.rows, 'features'));
    const unloaded = unary(control, 'UnloadModel', { ref: { model: 'wine', version: 1 } });
    const results = await Promise.allSettled(inFlight);
    // Requests that reached the worker before the unload complete; later ones are NOT_FOUND, never a crash.
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: status.NOT_FOUND });
    }
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(0);
    expect(await unloaded).toEqual({ unloaded: true });
    expect(await unary(inference, 'ModelReady', { name: 'wine', version: '1' })).toEqual({ ready: false });
    expect((await unary(control, 'ListLoadedModels', {})).models.map((m) => m.model)).not.toContain('wine');
  });
});
