import * as grpc from '@grpc/grpc-js';
import { protos, unary } from '@modelserve/contracts';
import { prepareOnnxModel } from '@modelserve/onnx';
import { bearer, EXAMPLES, startDeployedPlatform, TEST_ADMIN_KEY, type DeployedPlatform, type Example } from '@modelserve/testing';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';

/**
 * The Open Inference Protocol (KServe V2) on the gateway, as KServe's and Triton's REST clients speak
 * it: health, metadata and inference with the JSON tensor form and Triton's binary data extension,
 * every answer compared with onnxruntime-node in this process.
 */

interface Case {
  endpoint: string;
  example: Example;
  /** The shape of a batch of `rows` rows as the model takes it. */
  shape: (rows: number) => number[];
}

const CASES: Case[] = [
  { endpoint: 'wine', example: EXAMPLES.wine, shape: (n) => [n, 13] },
  { endpoint: 'cancer', example: EXAMPLES.cancer, shape: (n) => [n, 30] },
  { endpoint: 'digits', example: EXAMPLES.digits, shape: (n) => [n, 1, 32, 32] },
];

/** What onnxruntime answers in this process for the same float32 batch (a ZipMap ending rewritten as the platform does). */
async function inProcess(example: Example, data: Float32Array, shape: number[]) {
  const session = await ort.InferenceSession.create(prepareOnnxModel(readFileSync(example.model)).bytes);
  try {
    const outputs = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', data, shape) });
    return Object.fromEntries(
      Object.entries(outputs).map(([name, t]) => [
        name,
        { shape: [...t.dims], data: Array.from(t.data as ArrayLike<number | bigint>, Number) },
      ]),
    );
  } finally {
    await session.release();
  }
}

/** Triton's binary data extension: a JSON header, then the raw bytes of each tensor that names its size. */
function splitBinary(headers: Headers, raw: Buffer) {
  const headerLength = Number(headers.get('inference-header-content-length'));
  const header = JSON.parse(raw.subarray(0, headerLength).toString()) as {
    outputs: { name: string; datatype: string; shape: number[]; parameters: { binary_data_size: number } }[];
  };
  let offset = headerLength;
  return header.outputs.map((output) => {
    const bytes = raw.subarray(offset, offset + output.parameters.binary_data_size);
    offset += bytes.length;
    const copy = Uint8Array.prototype.slice.call(bytes).buffer;
    const data = output.datatype === 'INT64' ? Array.from(new BigInt64Array(copy), Number) : Array.from(new Float32Array(copy));
    return { name: output.name, shape: output.shape, data };
  });
}

describe('the Open Inference Protocol (KServe V2) over REST', () => {
  let deployed: DeployedPlatform;
  const url = () => deployed.platform.gatewayUrl;

  beforeAll(async () => {
    deployed = await startDeployedPlatform('open-inference');
    await deployed.api.deploy('digits', EXAMPLES.digits.model);
  }, 180_000);

  afterAll(() => deployed?.stop());

  it('answers health, server and model metadata and readiness as V2 clients read them', async () => {
    const { api } = deployed;
    expect((await fetch(`${url()}/v2/health/live`)).status).toBe(200);
    expect(await (await fetch(`${url()}/v2/health/live`)).json()).toEqual({ live: true });
    expect(await (await fetch(`${url()}/v2/health/ready`)).json()).toEqual({ ready: true });
    expect((await api.get('/v2')).json).toMatchObject({ name: 'modelserve', extensions: ['binary_tensor_data'] });
    expect((await api.get('/v2/models/wine')).json).toEqual({
      name: 'wine',
      versions: ['1'],
      platform: 'onnxruntime_onnx',
      inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 13] }],
      outputs: [{ name: 'probabilities', datatype: 'FP32', shape: [-1, 3] }],
    });
    expect((await api.get('/v2/models/wine/versions/1')).status).toBe(200);
    expect((await api.get('/v2/models/wine/versions/2')).status).toBe(404);
    expect((await api.get('/v2/models/wine/ready')).json).toEqual({ name: 'wine', ready: true });
    expect((await api.get('/v2/models/no-such-model/ready')).status).toBe(404);
    // Metadata and inference need a key, as everything but health does.
    expect((await fetch(`${url()}/v2/models/wine`)).status).toBe(401);
  });

  it.each(CASES)('infers on $endpoint with JSON tensors, as onnxruntime does in process', async ({ endpoint, example, shape }) => {
    const rows = example.rows.slice(0, 3);
    const data = Float32Array.from(rows.flat());
    const name = endpoint === 'wine' ? 'features' : (await deployed.api.get(`/v2/models/${endpoint}`)).json.inputs[0].name;
    const answer = await deployed.api.send(
      'POST',
      `/v2/models/${endpoint}/infer`,
      JSON.stringify({ id: 'req-1', inputs: [{ name, shape: shape(rows.length), datatype: 'FP32', data: Array.from(data) }] }),
      { 'content-type': 'application/json' },
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ model_name: endpoint, model_version: '1', id: 'req-1' });
    const expected = await inProcess(example, data, shape(rows.length));
    for (const output of answer.json.outputs as { name: string; shape: number[]; data: number[] }[]) {
      expect({ name: output.name, shape: output.shape, data: output.data.map(Math.fround) }).toEqual({
        name: output.name,
        shape: expected[output.name].shape,
        data: expected[output.name].data.map(Math.fround),
      });
    }
    // A request without an id gets one, as its inference id.
    const anonymous = await deployed.api.send(
      'POST',
      `/v2/models/${endpoint}/infer`,
      JSON.stringify({ inputs: [{ name, shape: shape(rows.length), datatype: 'FP32', data: Array.from(data) }] }),
      { 'content-type': 'application/json' },
    );
    expect(anonymous.json.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each(CASES)('infers on $endpoint with binary tensors in and out, pinned to version 1', async ({ endpoint, example, shape }) => {
    const rows = example.rows.slice(3, 5);
    const data = Float32Array.from(rows.flat());
    const name = (await deployed.api.get(`/v2/models/${endpoint}`)).json.inputs[0].name as string;
    const header = Buffer.from(
      JSON.stringify({
        inputs: [{ name, shape: shape(rows.length), datatype: 'FP32', parameters: { binary_data_size: data.byteLength } }],
        parameters: { binary_data_output: true },
      }),
    );
    const response = await fetch(`${url()}/v2/models/${endpoint}/versions/1/infer`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'inference-header-content-length': String(header.length),
        ...bearer(TEST_ADMIN_KEY),
      },
      body: Buffer.concat([header, Buffer.from(data.buffer)]),
    });
    expect(response.status).toBe(200);
    const raw = Buffer.from(await response.arrayBuffer());
    const outputs = splitBinary(response.headers, raw);
    const expected = await inProcess(example, data, shape(rows.length));
    for (const output of outputs) {
      expect({ name: output.name, shape: output.shape, data: output.data.map(Math.fround) }).toEqual({
        name: output.name,
        shape: expected[output.name].shape,
        data: expected[output.name].data.map(Math.fround),
      });
    }
  });

  it("refuses bad tensors with the protocol's error body, and an unserved version with 404", async () => {
    const send = (path: string, body: unknown) =>
      deployed.api.send('POST', path, JSON.stringify(body), { 'content-type': 'application/json' });
    const unknown = await send('/v2/models/wine/infer', {
      inputs: [{ name: 'nope', shape: [1, 13], datatype: 'FP32', data: new Array(13).fill(1) }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatch(/unknown input "nope"; the model takes "features"/);
    const short = await send('/v2/models/wine/infer', { inputs: [{ name: 'features', shape: [1, 13], datatype: 'FP32', data: [1, 2] }] });
    expect([short.status, short.json.error]).toEqual([400, 'input "features": its shape takes 13 values; "data" has 2']);
    const wrongType = await send('/v2/models/wine/infer', {
      inputs: [{ name: 'features', shape: [1, 13], datatype: 'INT64', data: new Array(13).fill(1) }],
    });
    expect(wrongType.json.error).toMatch(/takes FP32, got INT64/);
    const version = await send('/v2/models/wine/versions/7/infer', {
      inputs: [{ name: 'features', shape: [1, 13], datatype: 'FP32', data: new Array(13).fill(1) }],
    });
    expect([version.status, version.json.error]).toEqual([404, 'endpoint wine serves no variant of version 7']);
  });

  describe('over gRPC (inference.GRPCInferenceService on GATEWAY_GRPC_PORT)', () => {
    const client = () =>
      new (protos().inference.inference.GRPCInferenceService)(
        `127.0.0.1:${deployed.platform.gateway.env.GATEWAY_GRPC_PORT}`,
        grpc.credentials.createInsecure(),
      );
    const withKey = (key: string) => {
      const metadata = new grpc.Metadata();
      metadata.set('authorization', `Bearer ${key}`);
      return metadata;
    };

    it('serves health, metadata and inference through the gateway, with typed and raw tensors', async () => {
      const v2 = client();
      try {
        expect(await unary(v2, 'ServerLive', {})).toEqual({ live: true });
        const metadata = await unary(v2, 'ModelMetadata', { name: 'wine', version: '' }, withKey(TEST_ADMIN_KEY));
        expect(metadata).toMatchObject({
          name: 'wine',
          versions: ['1'],
          inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 13] }],
        });
        expect((await unary(v2, 'ModelReady', { name: 'wine', version: '1' }, withKey(TEST_ADMIN_KEY))).ready).toBe(true);

        const rows = EXAMPLES.wine.rows.slice(0, 2);
        const data = Float32Array.from(rows.flat());
        const expected = (await inProcess(EXAMPLES.wine, data, [2, 13])).probabilities.data.map(Math.fround);
        const asFloats = (raw: Buffer) => Array.from(new Float32Array(Uint8Array.prototype.slice.call(raw).buffer));
        const typed = await unary(
          v2,
          'ModelInfer',
          {
            modelName: 'wine',
            modelVersion: '1',
            id: 'g-1',
            inputs: [{ name: 'features', datatype: 'FP32', shape: [2, 13], contents: { fp32Contents: Array.from(data) } }],
          },
          withKey(TEST_ADMIN_KEY),
        );
        expect(typed).toMatchObject({
          modelName: 'wine',
          modelVersion: '1',
          id: 'g-1',
          outputs: [{ name: 'probabilities', datatype: 'FP32', shape: [2, 3] }],
        });
        expect(asFloats(typed.rawOutputContents[0])).toEqual(expected);
        const raw = await unary(
          v2,
          'ModelInfer',
          {
            modelName: 'wine',
            inputs: [{ name: 'features', datatype: 'FP32', shape: [2, 13] }],
            rawInputContents: [Buffer.from(data.buffer)],
          },
          withKey(TEST_ADMIN_KEY),
        );
        expect(asFloats(raw.rawOutputContents[0])).toEqual(expected);
      } finally {
        v2.close();
      }
    });

    it('answers ModelStreamInfer request by request, matched by id, failures included', async () => {
      const v2 = client();
      try {
        const rows = EXAMPLES.wine.rows.slice(0, 3);
        const features = (row: number[]) => ({ name: 'features', datatype: 'FP32', shape: [1, 13], contents: { fp32Contents: row } });
        const answers = await new Promise<{ errorMessage: string; inferResponse: { id: string; rawOutputContents: Buffer[] } }[]>(
          (resolve, reject) => {
            const got: { errorMessage: string; inferResponse: { id: string; rawOutputContents: Buffer[] } }[] = [];
            const stream = v2.ModelStreamInfer(withKey(TEST_ADMIN_KEY));
            stream.on('data', (answer: (typeof got)[number]) => got.push(answer));
            stream.on('end', () => resolve(got));
            stream.on('error', reject);
            rows.forEach((row, i) => stream.write({ modelName: 'wine', id: `s-${i}`, inputs: [features(row)] }));
            stream.write({ modelName: 'wine', id: 's-bad', inputs: [{ ...features(rows[0]), shape: [1, 12] }] });
            stream.write({ modelName: 'no-such-endpoint', id: 's-missing', inputs: [features(rows[0])] });
            stream.end();
          },
        );
        const byId = new Map(answers.map((a) => [a.inferResponse.id, a]));
        expect([...byId.keys()].sort()).toEqual(['s-0', 's-1', 's-2', 's-bad', 's-missing']);
        for (const [i, row] of rows.entries()) {
          const expected = (await inProcess(EXAMPLES.wine, Float32Array.from(row), [1, 13])).probabilities.data.map(Math.fround);
          const raw = byId.get(`s-${i}`)!.inferResponse.rawOutputContents[0];
          expect(byId.get(`s-${i}`)!.errorMessage).toBe('');
          expect(Array.from(new Float32Array(Uint8Array.prototype.slice.call(raw).buffer))).toEqual(expected);
        }
        expect(byId.get('s-bad')!.errorMessage).toMatch(/expects shape \[-1, 13\], got \[1, 12\]/);
        expect(byId.get('s-missing')!.errorMessage).toMatch(/no-such-endpoint/);
        // Without a key the stream itself is refused.
        const refused = await new Promise<grpc.ServiceError>((resolve) => {
          const stream = v2.ModelStreamInfer(new grpc.Metadata());
          stream.on('error', resolve);
          stream.on('data', () => undefined);
          stream.write({ modelName: 'wine', id: 'x', inputs: [features(rows[0])] });
        });
        expect(refused.code).toBe(grpc.status.UNAUTHENTICATED);
      } finally {
        v2.close();
      }
    });

    it('refuses callers without a key, or whose key lacks the scope, and bad tensors with INVALID_ARGUMENT', async () => {
      const v2 = client();
      try {
        const request = {
          modelName: 'wine',
          inputs: [{ name: 'features', datatype: 'FP32', shape: [1, 13], contents: { fp32Contents: new Array(13).fill(1) } }],
        };
        await expect(unary(v2, 'ModelInfer', request)).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
        const reader = await deployed.api.issueKey('grpc-reader', ['read']);
        await expect(unary(v2, 'ModelInfer', request, withKey(reader.key))).rejects.toMatchObject({ code: grpc.status.PERMISSION_DENIED });
        await expect(
          unary(v2, 'ModelInfer', { ...request, inputs: [{ ...request.inputs[0], shape: [1, 12] }] }, withKey(TEST_ADMIN_KEY)),
        ).rejects.toMatchObject({
          code: grpc.status.INVALID_ARGUMENT,
          details: expect.stringMatching(/expects shape \[-1, 13\], got \[1, 12\]/),
        });
        await expect(unary(v2, 'ModelInfer', { ...request, modelName: 'nope' }, withKey(TEST_ADMIN_KEY))).rejects.toMatchObject({
          code: grpc.status.NOT_FOUND,
        });
      } finally {
        v2.close();
      }
    });
  });
});
