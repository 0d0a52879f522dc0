import { status } from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { createLogger } from '@modelserve/common';
import { startService } from '@modelserve/service';
import {
  registryClient,
  unary,
  workerControlClient,
  type WorkerControlClient,
  type ModelVersion__Output,
  type RegistryClient,
  type RoutingTable__Output,
} from '@modelserve/contracts';
import {
  createTestDatabase,
  EXAMPLES,
  freePort,
  REPO_ROOT,
  ServiceProcess,
  STATEFUL_RNN,
  testStorageConfig,
  waitFor,
  type TestDatabase,
} from '@modelserve/testing';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ObjectStore, parseS3Uri } from '@modelserve/storage';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryModule } from './app.module';
import { loadRegistryConfig } from './config';
import { RegistryRuntime } from './registry.runtime';

const silent = createLogger('test', 'silent');

async function startRegistry(env: Record<string, string>) {
  const config = loadRegistryConfig({
    REGISTRY_GRPC_PORT: '0',
    REGISTRY_HTTP_PORT: '0',
    WORKER_TTL_MS: '2000',
    HEARTBEAT_INTERVAL_MS: '200',
    RECONCILE_INTERVAL_MS: '200',
    ...env,
  });
  const app = await startService({
    name: 'registry',
    module: RegistryModule.register(config, silent),
    httpHost: '127.0.0.1',
    httpPort: 0,
    grpcTls: config,
    logger: silent,
  });
  const address = `127.0.0.1:${app.get(RegistryRuntime).grpcPort}`;
  return { app, address, client: registryClient(address) };
}

/** Streams a file to UploadModelVersion in small chunks, as the gateway does. */
function upload(client: RegistryClient, model: string, bytes: Buffer, maxBytes = 0): Promise<ModelVersion__Output> {
  return new Promise((resolve, reject) => {
    const call = client.UploadModelVersion((error, version) => (error ? reject(error) : resolve(version!)));
    call.write({ header: { model, maxBytes } });
    for (let offset = 0; offset < bytes.length; offset += 256) call.write({ chunk: bytes.subarray(offset, offset + 256) });
    call.end();
  });
}

/** Every test makes its own models, configs and endpoints, so that none depends on another's leftovers. */
let created = 0;
const unique = (prefix: string) => `${prefix}-${++created}`;

describe('registry over gRPC, on PostgreSQL', () => {
  const storage = testStorageConfig('registry');
  let database: TestDatabase;
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  let worker: ServiceProcess;
  let workerAddress: string;
  let workerControl: WorkerControlClient;
  const loadedOnWorker = async () => (await unary(workerControl, 'ListLoadedModels', {})).models.map((m) => `${m.model}:${m.version}`);

  /** A new model with the wine network as its version 1. */
  async function wineModel(): Promise<string> {
    const name = unique('wine');
    await unary(registry.client, 'CreateModel', { name });
    await upload(registry.client, name, readFileSync(EXAMPLES.wine.model));
    return name;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'registry-spec-'));
    registry = await startRegistry({ ...storage, DATABASE_URL: database.url, DATA_DIR: dataDir });
    // The worker runs as its own process from the build, as in production.
    const [grpcPort, httpPort] = [await freePort(), await freePort()];
    workerAddress = `127.0.0.1:${grpcPort}`;
    worker = new ServiceProcess(
      'worker',
      'inference-worker',
      {
        ...storage,
        DATA_DIR: dataDir,
        WORKER_ID: 'spec-worker',
        WORKER_GRPC_PORT: String(grpcPort),
        WORKER_HTTP_PORT: String(httpPort),
        REGISTRY_ADDRESS: registry.address,
        HEARTBEAT_INTERVAL_MS: '200',
      },
      httpPort,
    );
    await worker.start();
    workerControl = workerControlClient(workerAddress);
  });

  afterAll(async () => {
    registry?.client.close();
    workerControl?.close();
    await worker?.stop();
    await registry?.app.close();
    await database?.drop();
  });

  it('creates models once, with valid names only', async () => {
    const name = unique('wine');
    const model = await unary(registry.client, 'CreateModel', { name, description: 'a network' });
    expect(model).toMatchObject({ name, description: 'a network', latestVersion: 0 });
    await expect(unary(registry.client, 'CreateModel', { name })).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    await expect(unary(registry.client, 'CreateModel', { name: 'no_underscores' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
    await expect(unary(registry.client, 'GetModel', { name: 'nope' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('stores uploaded versions by content, numbered 1, 2, 3 even when uploads race', async () => {
    const bytes = readFileSync(EXAMPLES.wine.model);
    const model = unique('wine');
    await unary(registry.client, 'CreateModel', { name: model });
    const first = await upload(registry.client, model, bytes);
    expect(first).toMatchObject({
      model,
      version: 1,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      artifactUri: expect.stringMatching(new RegExp(`^s3://${storage.S3_BUCKET}/models/${model}/[0-9a-f]{64}\\.onnx$`)),
    });
    expect(first.inputs).toEqual([{ name: 'features', datatype: 'FP32', shape: [-1, 13], classLabels: [] }]);
    const raced = await Promise.all([upload(registry.client, model, bytes), upload(registry.client, model, bytes)]);
    expect(raced.map((v) => v.version).sort()).toEqual([2, 3]);
    expect((await unary(registry.client, 'GetModel', { name: model })).latestVersion).toBe(3);
    expect((await unary(registry.client, 'ListModelVersions', { model })).versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('rejects a file that is not a servable ONNX model, and records no version for it', async () => {
    const model = unique('broken');
    await unary(registry.client, 'CreateModel', { name: model });
    await expect(upload(registry.client, model, Buffer.from('definitely not onnx'))).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/not an ONNX model/),
    });
    const truncated = readFileSync(EXAMPLES.wine.model).subarray(0, 1200);
    await expect(upload(registry.client, model, truncated)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    expect((await unary(registry.client, 'ListModelVersions', { model })).versions).toEqual([]);
  });

  it('refuses a model whose declared input shape no request could carry, and says so without internal paths', async () => {
    const model = unique('huge');
    await unary(registry.client, 'CreateModel', { name: model });
    const onnx = protobuf.loadSync(join(REPO_ROOT, 'proto/third_party/onnx/onnx-ml.proto')).lookupType('onnx.ModelProto');
    const decoded = onnx.decode(readFileSync(EXAMPLES.wine.model)) as unknown as {
      graph: { input: { type: { tensorType: { shape: { dim: object[] } } } }[] };
    };
    decoded.graph.input[0].type.tensorType.shape.dim[1] = { dimValue: 1e12 };
    const huge = Buffer.from(onnx.encode(decoded).finish());
    await expect(upload(registry.client, model, huge)).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/declares shape \[-1, 1000000000000\].*more than the 268435456 a request can carry/),
    });
    expect((await unary(registry.client, 'ListModelVersions', { model })).versions).toEqual([]);
  });

  it('refuses an upload past its size limit', async () => {
    const model = unique('limited');
    await unary(registry.client, 'CreateModel', { name: model });
    await expect(upload(registry.client, model, readFileSync(EXAMPLES.wine.model), 1000)).rejects.toMatchObject({
      code: status.RESOURCE_EXHAUSTED,
    });
    expect((await unary(registry.client, 'ListModelVersions', { model })).versions).toEqual([]);
  });

  it('registers an object already in storage by copying it', async () => {
    const model = unique('cancer');
    await unary(registry.client, 'CreateModel', { name: model });
    const source = `s3://${storage.S3_BUCKET}/incoming/${model}.onnx`;
    const { ObjectStore } = await import('@modelserve/storage');
    const store = new ObjectStore(storage);
    await store.uploadFile({ bucket: storage.S3_BUCKET, key: `incoming/${model}.onnx` }, EXAMPLES.cancer.model);
    const version = await unary(registry.client, 'RegisterModelVersion', { model, artifactUri: source });
    expect(version.artifactUri).not.toBe(source);
    expect(version.outputs.map((o) => [o.name, o.classLabels])).toEqual([
      ['output_label', []],
      ['output_probability', ['0', '1']],
    ]);
    await expect(
      unary(registry.client, 'RegisterModelVersion', { model, artifactUri: `s3://${storage.S3_BUCKET}/missing.onnx` }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/does not name an existing object/) });
  });

  it('validates endpoint configs against the models they name', async () => {
    const model = await wineModel();
    const variant = { name: 'primary', model, version: 1, instanceCount: 1, weight: 1 };
    await expect(
      unary(registry.client, 'CreateEndpointConfig', { name: 'c1', variants: [{ ...variant, version: 9 }] }),
    ).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: `variant primary: model ${model} has no version 9`,
    });
    await expect(unary(registry.client, 'CreateEndpointConfig', { name: 'c1', variants: [] })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
    await expect(unary(registry.client, 'CreateEndpointConfig', { name: 'c1', variants: [variant, variant] })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/used twice/),
    });
    const configName = unique('config');
    const config = await unary(registry.client, 'CreateEndpointConfig', { name: configName, variants: [variant] });
    expect(config.variants).toEqual([
      {
        ...variant,
        alias: '',
        shadowSamplingPercent: 0,
        // The upload check found the wine network answers each row the same alone or batched: batching is on.
        batching: expect.objectContaining({ enabled: true, maxBatchSize: 32, maxQueueDelayMicros: 2000, maxQueueSize: 1024 }),
      },
    ]);
    await expect(unary(registry.client, 'CreateEndpointConfig', { name: configName, variants: [variant] })).rejects.toMatchObject({
      code: status.ALREADY_EXISTS,
    });
  });

  it('refuses batching for a model that cannot be batched, saying why', async () => {
    const model = unique('rnn');
    await unary(registry.client, 'CreateModel', { name: model });
    const version = await upload(registry.client, model, readFileSync(STATEFUL_RNN.model));
    expect(version).toMatchObject({ batchSupport: 'Unsupported', batchSupportDetail: 'input "sr" is a scalar, with no batch dimension' });
    const variant = { name: 'primary', model, version: 1, instanceCount: 1, weight: 1 };
    await expect(
      unary(registry.client, 'CreateEndpointConfig', { name: unique('config'), variants: [{ ...variant, batching: { enabled: true } }] }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(/batching cannot be enabled .* is a scalar/) });
    const config = await unary(registry.client, 'CreateEndpointConfig', { name: unique('config'), variants: [variant] });
    expect(config.variants[0].batching).toMatchObject({ enabled: false });
  });

  it('deploys an endpoint onto the worker, streams its route, and unloads it on delete', async () => {
    const model = await wineModel();
    const config = unique('config');
    await unary(registry.client, 'CreateEndpointConfig', {
      name: config,
      variants: [{ name: 'primary', model, version: 1, instanceCount: 1, weight: 1 }],
    });
    const name = unique('endpoint');
    const tables: RoutingTable__Output[] = [];
    const watch = registry.client.WatchRoutes({});
    watch.on('data', (table: RoutingTable__Output) => tables.push(table));
    watch.on('error', () => undefined);
    try {
      const endpoint = await unary(registry.client, 'CreateEndpoint', { name, config });
      expect(endpoint).toMatchObject({ name, config, status: 'Creating' });
      await expect(unary(registry.client, 'CreateEndpoint', { name, config })).rejects.toMatchObject({
        code: status.ALREADY_EXISTS,
      });

      const ready = await waitFor('the endpoint to be InService', async () => {
        const current = await unary(registry.client, 'GetEndpoint', { name });
        return current.status === 'InService' ? current : undefined;
      });
      expect(ready.variants).toEqual([
        expect.objectContaining({ name: 'primary', model, version: 1, desiredInstanceCount: 1, readyInstanceCount: 1 }),
      ]);
      const route = await waitFor('the route to reach watchers', () =>
        tables.at(-1)?.endpoints.find((e) => e.name === name && e.status === 'InService'),
      );
      expect(route.variants[0]).toMatchObject({ name: 'primary', model: { model, version: 1 }, workerAddresses: [workerAddress] });
      expect(route.variants[0].inputs[0]).toMatchObject({ name: 'features', shape: [-1, 13] });
      expect(await loadedOnWorker()).toContain(`${model}:1`);

      expect((await unary(registry.client, 'DeleteEndpoint', { name })).status).toBe('Deleting');
      await waitFor('the endpoint to disappear', () =>
        unary(registry.client, 'GetEndpoint', { name }).then(
          () => false,
          (error: { code: number }) => error.code === status.NOT_FOUND,
        ),
      );
      await waitFor('the model to be unloaded from the worker', async () => !(await loadedOnWorker()).includes(`${model}:1`));
      await waitFor('the route to be withdrawn', () => !tables.at(-1)?.endpoints.some((e) => e.name === name));
    } finally {
      watch.cancel();
    }
  });

  it('refuses NUL characters in any field of a request, naming the field', async () => {
    await expect(unary(registry.client, 'GetModel', { name: 'a\u0000b' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'name: NUL characters are not allowed',
    });
    const model = await wineModel();
    await expect(
      unary(registry.client, 'UpdateModelVersion', { model, version: 1, description: 'with \u0000 inside', setTags: false, tags: {} }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: 'description: NUL characters are not allowed' });
  });

  it('removes staged files and unreferenced artifacts left by uploads that did not finish, and keeps every referenced one', async () => {
    const model = await wineModel();
    const kept = (await unary(registry.client, 'GetModelVersion', { model, version: 1 })).artifactUri;
    const store = new ObjectStore(storage);
    const orphan = { bucket: storage.S3_BUCKET, key: `models/${model}/${'0'.repeat(64)}.onnx` };
    await store.uploadStream(orphan, readFileSync(EXAMPLES.wine.model));
    const dataDir = mkdtempSync(join(tmpdir(), 'registry-janitor-'));
    mkdirSync(join(dataDir, 'registry-staging'));
    writeFileSync(join(dataDir, 'registry-staging', 'left-by-a-crash.onnx'), Buffer.alloc(1024));

    const another = await startRegistry({ ...storage, DATABASE_URL: database.url, DATA_DIR: dataDir, ARTIFACT_SWEEP_GRACE_MS: '0' });
    try {
      expect(readdirSync(join(dataDir, 'registry-staging'))).toEqual([]);
      await waitFor('the unreferenced artifact to be removed', async () => (await store.sizeOf(orphan)) === undefined);
      expect(await store.sizeOf(parseS3Uri(kept)!)).toBeGreaterThan(0);
    } finally {
      another.client.close();
      await another.app.close();
    }
  });
});
