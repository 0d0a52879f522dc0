import {
  InvokeEndpointCommand,
  ModelError,
  ModelNotReadyException,
  SageMakerRuntimeClient,
  SageMakerRuntimeServiceException,
  ServiceUnavailable,
  ValidationError,
} from '@aws-sdk/client-sagemaker-runtime';
import { ObjectStore, listKeys } from '@modelserve/storage';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import {
  EXAMPLES,
  predictInProcess,
  REPO_ROOT,
  startDeployedPlatform,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type IssuedKey,
} from '@modelserve/testing';

/**
 * A model the upload check accepts and that fails at run time on some inputs: it looks `index` up in a
 * table of three values, and onnxruntime refuses an index past the table.
 */
function lookupModel(): string {
  const Model = protobuf.loadSync(join(REPO_ROOT, 'proto/third_party/onnx/onnx-ml.proto')).lookupType('onnx.ModelProto');
  const [FLOAT, INT64, ATTRIBUTE_INT] = [1, 7, 2];
  const tensorType = (elemType: number, dims: (string | number)[]) => ({
    tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } },
  });
  const model = Model.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'lookup',
      node: [{ opType: 'Gather', input: ['table', 'index'], output: ['value'], attribute: [{ name: 'axis', type: ATTRIBUTE_INT, i: 0 }] }],
      initializer: [{ name: 'table', dims: [3, 1], dataType: FLOAT, floatData: [10, 20, 30] }],
      input: [{ name: 'index', type: tensorType(INT64, ['batch']) }],
      output: [{ name: 'value', type: tensorType(FLOAT, ['batch', 1]) }],
    },
  });
  const file = join(mkdtempSync(join(tmpdir(), 'lookup-model-')), 'model.onnx');
  writeFileSync(file, Model.encode(model).finish());
  return file;
}

/**
 * SageMaker's runtime API as the unmodified AWS SDK calls it, signing with keys the platform issued:
 * the client changes only its endpoint URL and credentials.
 */
describe('InvokeEndpoint through @aws-sdk/client-sagemaker-runtime', () => {
  let deployed: DeployedPlatform;
  let invoker: IssuedKey;
  const rows = EXAMPLES.wine.rows.slice(0, 3);
  const client = (key: Pick<IssuedKey, 'accessKeyId' | 'secretAccessKey'>) =>
    new SageMakerRuntimeClient({
      endpoint: deployed.platform.gatewayUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
      maxAttempts: 1,
    });
  const invoke = (
    key: Pick<IssuedKey, 'accessKeyId' | 'secretAccessKey'>,
    input: Partial<ConstructorParameters<typeof InvokeEndpointCommand>[0]>,
  ) =>
    client(key).send(
      new InvokeEndpointCommand({
        EndpointName: 'wine',
        Body: Buffer.from(JSON.stringify({ instances: rows })),
        ContentType: 'application/json',
        ...input,
      }),
    );
  const text = (body: Uint8Array | undefined) => Buffer.from(body ?? []).toString();

  beforeAll(async () => {
    deployed = await startDeployedPlatform('sagemaker-runtime');
    invoker = await deployed.api.issueKey('sdk-app', ['invoke']);
  }, 180_000);

  afterAll(() => deployed?.stop());

  it('invokes with JSON and CSV, answering what onnxruntime answers in process', async () => {
    const expected = (await predictInProcess(EXAMPLES.wine, rows)).probabilities.data as Float32Array;
    const json = await invoke(invoker, { Accept: 'application/json' });
    expect(json.ContentType).toBe('application/json');
    expect(json.InvokedProductionVariant).toBe('primary');
    const predictions = JSON.parse(text(json.Body)).predictions as number[][];
    expect(predictions.flat().map(Math.fround)).toEqual(Array.from(expected));
    const csv = await invoke(invoker, {
      Body: Buffer.from(rows.map((r) => r.join(',')).join('\n')),
      ContentType: 'text/csv',
      Accept: 'text/csv',
    });
    expect(csv.ContentType).toBe('text/csv');
    expect(
      text(csv.Body)
        .trim()
        .split('\n')
        .flatMap((line) => line.split(',').map((v) => Math.fround(Number(v)))),
    ).toEqual(Array.from(expected));
  });

  it('pins a variant and returns the custom attributes it was given', async () => {
    const answer = await invoke(invoker, { TargetVariant: 'primary', CustomAttributes: 'trace=abc-123,tenant=7' });
    expect(answer.InvokedProductionVariant).toBe('primary');
    expect(answer.CustomAttributes).toBe('trace=abc-123,tenant=7');
  });

  it('keeps the inference id with the captured data', async () => {
    const { api } = deployed;
    expect(
      (
        await api.postJson('/v1/endpoint-configs', {
          name: 'wine-captured',
          variants: [{ name: 'primary', model: 'wine', version: 1 }],
          dataCapture: { samplingPercent: 100 },
        })
      ).status,
    ).toBe(201);
    expect((await api.postJson('/v1/endpoints', { name: 'wine-captured', config: 'wine-captured' })).status).toBe(202);
    await api.waitInService('wine-captured');
    await invoke(invoker, { EndpointName: 'wine-captured', InferenceId: 'order-42' });
    const store = new ObjectStore({ ...testStorageConfig(), S3_BUCKET: deployed.platform.registry.env.S3_BUCKET });
    const record = await waitFor('the captured record', async () => {
      const keys = await listKeys(store, store.bucket, 'capture/wine-captured/');
      if (!keys.length) return undefined;
      const chunks: Buffer[] = [];
      for await (const chunk of await store.read({ bucket: store.bucket, key: keys[0] })) chunks.push(chunk as Buffer);
      return JSON.parse(Buffer.concat(chunks).toString().trim().split('\n')[0]) as { inferenceId?: string };
    });
    expect(record.inferenceId).toBe('order-42');
  });

  it("raises the SDK's own exception classes, with SageMaker's error types", async () => {
    const caught = async (work: Promise<unknown>) => {
      try {
        await work;
      } catch (error) {
        expect(error).toBeInstanceOf(SageMakerRuntimeServiceException);
        return error as SageMakerRuntimeServiceException;
      }
      throw new Error('no exception');
    };
    const unknown = await caught(invoke(invoker, { EndpointName: 'no-such-endpoint' }));
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown.message).toMatch(/no-such-endpoint/);
    const badInput = await caught(invoke(invoker, { Body: Buffer.from('{"instances": [[1, 2]]}') }));
    expect(badInput).toBeInstanceOf(ValidationError);
    expect(badInput.message).toMatch(/expects shape \[-1, 13\]/);
    const reader = await deployed.api.issueKey('sdk-reader', ['read']);
    expect((await caught(invoke(reader, {}))).name).toBe('AccessDeniedException');
    expect((await caught(invoke({ ...invoker, accessKeyId: 'MSAKAAAAAAAAAAAAAAAA' }, {}))).name).toBe('UnrecognizedClientException');
    expect((await caught(invoke({ ...invoker, secretAccessKey: 'wrong' }, {}))).name).toBe('AccessDeniedException');
    await deployed.api.send('PUT', '/v1/endpoints/cancer/quota', JSON.stringify({ requestsPerSecond: 0.001, burst: 1 }), {
      'content-type': 'application/json',
    });
    const cancer = { EndpointName: 'cancer', Body: Buffer.from(JSON.stringify({ instances: [EXAMPLES.cancer.rows[0]] })) };
    await invoke(invoker, cancer);
    const throttled = await caught(invoke(invoker, cancer));
    expect([throttled.name, throttled.$metadata.httpStatusCode]).toEqual(['ThrottlingException', 429]);
  });

  it('answers ModelError, with the original status and message, when the model fails on an input', async () => {
    await deployed.api.deploy('lookup', lookupModel());
    const lookup = (index: string) =>
      invoke(invoker, { EndpointName: 'lookup', ContentType: 'text/csv', Accept: 'text/csv', Body: Buffer.from(index) });
    expect(text((await lookup('2')).Body).trim()).toBe('30');
    let failure: unknown;
    await lookup('7').catch((error: unknown) => (failure = error));
    expect(failure).toBeInstanceOf(ModelError);
    const modelError = failure as ModelError;
    expect(modelError.OriginalStatusCode).toBe(424);
    expect(modelError.OriginalMessage).toMatch(/indices element out of data bounds/);
  });

  it('answers ServiceUnavailable while the worker cannot be reached, then ModelNotReadyException once no instance is left', async () => {
    const caught = async () => {
      try {
        await invoke(invoker, {});
      } catch (error) {
        return error as SageMakerRuntimeServiceException;
      }
      return undefined;
    };
    await deployed.platform.workers[0].stop('SIGKILL');
    // The routing table still names the dead worker: the call to it fails.
    const unreachable = await caught();
    expect(unreachable).toBeInstanceOf(ServiceUnavailable);
    // Once the registry has dropped the worker, the variant has no instance ready.
    const notReady = await waitFor('the worker to be dropped', async () => {
      const error = await caught();
      return error instanceof ModelNotReadyException ? error : undefined;
    });
    expect(notReady.message).toMatch(/no instance ready/);
    await deployed.platform.workers[0].start();
    await waitFor('wine to serve again', async () => (await caught()) === undefined, { timeoutMs: 30_000 });
  });
});
