import {
  bearer,
  childPids,
  digitsImage,
  EXAMPLES,
  STATEFUL_RNN,
  startTestPlatform,
  TEST_ADMIN_KEY,
  waitFor,
  type DeployedPlatform,
  type Example,
} from '@modelserve/testing';
import { prepareOnnxModel } from '@modelserve/onnx';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import * as ort from 'onnxruntime-node';

/** A request's deadline for this run: short, so that one can pass while a request waits in a queue. */
const DEADLINE_MS = 1500;

/** Request bodies of 1, 2 and 3 rows taken from an example's held-out rows, so that merged runs mix sizes. */
function requestsOf(example: Example, count: number, asRow: (row: number[]) => unknown = (row) => row): string[] {
  return Array.from({ length: count }, (_, i) => {
    const size = 1 + (i % 3);
    const rows = Array.from({ length: size }, (_, j) => asRow(example.rows[(i * 3 + j) % example.rows.length]));
    return JSON.stringify({ instances: rows });
  });
}

const metricSum = (text: string, name: string, labels: string) =>
  [...text.matchAll(new RegExp(`^${name}\\{([^}]*)\\} (\\S+)$`, 'gm'))]
    .filter(([, set]) => set.includes(labels))
    .reduce((sum, [, , value]) => sum + Number(value), 0);

describe('adaptive batching, every tensor shape, load shedding and the HTTP edge', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];

  beforeAll(async () => {
    deployed = await startTestPlatform('batching', { extraEnv: { INVOCATION_TIMEOUT_MS: String(DEADLINE_MS), GATEWAY_PROCESSES: '2' } });
    api = deployed.api;
    await api.deploy('wine', EXAMPLES.wine.model);
    await api.deploy('cancer', EXAMPLES.cancer.model);
    await api.deploy('digits', EXAMPLES.digits.model);
  });

  afterAll(() => deployed?.stop());

  describe('batched answers are the answers each request gets alone, bit for bit', () => {
    it.each([
      ['the PyTorch MLP', 'wine', EXAMPLES.wine, undefined],
      ['the scikit-learn classifier (a lone row is padded to two)', 'cancer', EXAMPLES.cancer, undefined],
      ['the digits CNN', 'digits', EXAMPLES.digits, digitsImage],
    ] as const)('%s', async (_title, endpoint, example, asRow) => {
      const bodies = requestsOf(example, 60, asRow as ((row: number[]) => unknown) | undefined);
      // Alone: one request at a time, so that every run holds one request.
      const alone: string[] = [];
      for (const body of bodies) {
        const result = await api.invoke(endpoint, body, 'application/json');
        expect(result.status).toBe(200);
        alone.push(result.text);
      }
      const before = (await deployed.api.get('/metrics')).text;
      // Together: all at once, three rounds, so that requests of different sizes share runs.
      for (let round = 0; round < 3; round++) {
        const together = await Promise.all(bodies.map((body) => api.invoke(endpoint, body, 'application/json')));
        together.forEach((result, i) => {
          expect(result.status).toBe(200);
          expect(result.text).toBe(alone[i]);
        });
      }
      const after = (await deployed.api.get('/metrics')).text;
      const labels = `endpoint="${endpoint}"`;
      const runs =
        metricSum(after, 'modelserve_batch_requests_count', labels) - metricSum(before, 'modelserve_batch_requests_count', labels);
      const requests =
        metricSum(after, 'modelserve_batch_requests_sum', labels) - metricSum(before, 'modelserve_batch_requests_sum', labels);
      // Every request was run once, and on average runs held more than one request: batching happened.
      expect(requests).toBe(bodies.length * 3);
      expect(requests / runs).toBeGreaterThan(1.5);
    });

    it('answers with the values onnxruntime gives the same rows in one batch', async () => {
      const rows = EXAMPLES.cancer.rows.slice(0, 5);
      const prepared = prepareOnnxModel(readFileSync(EXAMPLES.cancer.model));
      const session = await ort.InferenceSession.create(prepared.bytes, { graphOptimizationLevel: 'all', intraOpNumThreads: 1 });
      const batched = await session.run({ input: new ort.Tensor('float32', Float32Array.from(rows.flat()), [rows.length, 30]) });
      await session.release();
      const probabilities = batched.output_probability.data as Float32Array;
      for (const [i, row] of rows.entries()) {
        // Alone, a row of this model is run as two rows: its answer is the batched one.
        const result = await api.invoke('cancer', JSON.stringify({ instances: [row] }), 'application/json');
        const served = result.json.predictions[0].output_probability as Record<string, number>;
        expect([Math.fround(served['0']), Math.fround(served['1'])]).toEqual([probabilities[i * 2], probabilities[i * 2 + 1]]);
      }
    });

    it('shows what the upload check found and what each variant was given', async () => {
      const support = async (model: string) => (await api.get(`/v1/models/${model}/versions/1`)).json.batchSupport.support as string;
      expect(await support('wine')).toBe('Exact');
      expect(await support('cancer')).toBe('ExactWithPadding');
      expect(await support('digits')).toBe('Exact');
      const config = await api.get('/v1/endpoint-configs/wine-config');
      expect(config.json.variants[0].batching).toEqual({ enabled: true, maxBatchSize: 32, maxQueueDelayMicros: 2000, maxQueueSize: 1024 });
    });
  });

  describe('a stateful RNN with a scalar input and a state output without a leading batch dimension', () => {
    beforeAll(async () => {
      await api.deploy('rnn', STATEFUL_RNN.model);
    });

    it('takes named inputs of any shape, the scalar included, and answers the state whole with its shape', async () => {
      for (const [i, request] of STATEFUL_RNN.requests.entries()) {
        const result = await api.invoke('rnn', JSON.stringify(request), 'application/json');
        expect(result.status).toBe(200);
        const expected = STATEFUL_RNN.expected[i];
        const rows = expected.output.length;
        // The output has one entry per row; the state [layers, rows, hidden] comes whole, never cut.
        expect(result.json.predictions).toHaveLength(rows);
        result.json.predictions.forEach((prediction: { output: number[] }, row: number) =>
          expect(prediction.output[0]).toBeCloseTo(expected.output[row][0], 5),
        );
        expect(result.json.outputs).toHaveLength(1);
        const state = result.json.outputs[0];
        expect(state).toMatchObject({ name: 'stateN', datatype: 'FP32', shape: [2, rows, 16] });
        expect((state.data as number[][][]).flat(2)).toHaveLength(2 * rows * 16);
        (state.data as number[][][]).flat(2).forEach((value, k) => expect(value).toBeCloseTo(expected.stateN.flat(2)[k], 5));
      }
    });

    it('takes the scalar as a list of one number too', async () => {
      const request = STATEFUL_RNN.requests[0];
      const result = await api.invoke(
        'rnn',
        JSON.stringify({ inputs: { ...request.inputs, sr: [request.inputs.sr] } }),
        'application/json',
      );
      expect(result.status).toBe(200);
    });

    it.each([
      ['text/csv', /output "stateN" has shape \[2, 1, 16\].*CSV cannot carry it/],
      ['application/jsonlines', /JSON Lines cannot carry it/],
    ])('answers 406 when the state cannot be carried in %s, never a partial answer', async (accept, message) => {
      const result = await api.invoke('rnn', JSON.stringify(STATEFUL_RNN.requests[0]), 'application/json', { accept });
      expect(result.status).toBe(406);
      expect(result.json.error.code).toBe('NotAcceptable');
      expect(result.json.error.message).toMatch(message);
    });

    it('refuses batching for it with the reason, and leaves it off by default', async () => {
      const refused = await api.postJson('/v1/endpoint-configs', {
        name: 'rnn-batched',
        variants: [{ name: 'primary', model: 'rnn', version: 1, batching: { enabled: true } }],
      });
      expect(refused.status).toBe(400);
      expect(refused.json.error.message).toMatch(/batching cannot be enabled for rnn:1: input "sr" is a scalar/);
      expect((await api.get('/v1/endpoint-configs/rnn-config')).json.variants[0].batching.enabled).toBe(false);
    });
  });

  describe('load shedding: a full queue answers 429, a passed deadline 504; neither reaches the model', () => {
    const images = (count: number) =>
      JSON.stringify({
        instances: Array.from({ length: count }, (_, i) => digitsImage(EXAMPLES.digits.rows[i % EXAMPLES.digits.rows.length])),
      });

    it('answers 429 with Retry-After past maxQueueSize, and serves the rest', async () => {
      const config = await api.postJson('/v1/endpoint-configs', {
        name: 'digits-small-queue',
        variants: [{ name: 'primary', model: 'digits', version: 1, batching: { maxBatchSize: 1, maxQueueSize: 2 } }],
      });
      expect(config.status).toBe(201);
      expect((await api.postJson('/v1/endpoints', { name: 'digits-small-queue', config: 'digits-small-queue' })).status).toBe(202);
      await api.waitInService('digits-small-queue');
      const results = await Promise.all(Array.from({ length: 40 }, () => api.invoke('digits-small-queue', images(20), 'application/json')));
      const shed = results.filter((r) => r.status === 429);
      const served = results.filter((r) => r.status === 200);
      expect(shed.length).toBeGreaterThan(0);
      expect(served.length).toBeGreaterThan(0);
      expect(shed.length + served.length).toBe(results.length);
      for (const result of shed) {
        expect(result.json.error.code).toBe('TooManyRequests');
        expect(Number(result.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
      served.forEach((r) => expect(r.json.predictions).toHaveLength(20));
      const metrics = (await deployed.api.get('/metrics')).text;
      expect(
        metricSum(metrics, 'modelserve_shed_requests_total', 'endpoint="digits-small-queue",variant="primary",reason="queue_full"'),
      ).toBe(shed.length);
    });

    it('answers 504 to requests still queued at their deadline', async () => {
      // Large requests run one at a time: those at the back of the queue wait past the deadline.
      const config = await api.postJson('/v1/endpoint-configs', {
        name: 'digits-one-at-a-time',
        variants: [{ name: 'primary', model: 'digits', version: 1, batching: { maxBatchSize: 1 } }],
      });
      expect(config.status).toBe(201);
      await api.postJson('/v1/endpoints', { name: 'digits-slow', config: 'digits-one-at-a-time' });
      await api.waitInService('digits-slow');
      const started = Date.now();
      // About three deadlines' worth of model time, queued at once.
      const body = images(200);
      const answers = await Promise.all(Array.from({ length: 60 }, () => api.invoke('digits-slow', body, 'application/json')));
      const late = answers.filter((r) => r.status === 504);
      expect(late.length).toBeGreaterThan(0);
      late.forEach((r) => expect(r.json.error.code).toBe('DeadlineExceeded'));
      answers.filter((r) => r.status === 200).forEach((r) => expect(r.json.predictions).toHaveLength(200));
      expect(answers.filter((r) => r.status !== 200 && r.status !== 504).map((r) => `${r.status} ${r.text}`)).toEqual([]);
      // Shed requests are answered at their deadline, not held until the queue drains.
      expect(Date.now() - started).toBeLessThan(DEADLINE_MS * 4);
    });
  });

  describe('the HTTP edge', () => {
    it('answers an oversized body with 413 to a client that writes it all before reading (Node fetch)', async () => {
      const body = Buffer.alloc(7 * 1024 * 1024, 0x31);
      for (const contentType of ['application/json', 'text/csv']) {
        const response = await fetch(`${deployed.platform.gatewayUrl}/endpoints/wine/invocations`, {
          method: 'POST',
          body,
          headers: { 'content-type': contentType, ...bearer(TEST_ADMIN_KEY) },
        });
        expect(response.status).toBe(413);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('PayloadTooLarge');
      }
    });

    it('refuses a CSV row of 3,000,000 cells at once, while /healthz keeps answering', async () => {
      const body = Array.from({ length: 3_000_000 }, () => '1').join(',');
      const probes: number[] = [];
      let done = false;
      const probing = (async () => {
        while (!done) {
          const started = performance.now();
          await fetch(`${deployed.platform.gatewayUrl}/healthz`);
          probes.push(performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      const started = performance.now();
      const result = await api.invoke('wine', body, 'text/csv');
      const elapsed = performance.now() - started;
      done = true;
      await probing;
      expect(result.status).toBe(400);
      expect(result.json.error.message).toMatch(/\(13 values per row\); line 1 has more than 13/);
      // Refused as soon as the fourteenth cell is seen; sending 6 MB to the gateway is most of the time.
      expect(elapsed).toBeLessThan(1000);
      expect(Math.max(...probes)).toBeLessThan(500);
    });
  });

  describe('the gateway on every core', () => {
    it('loses at most the requests a killed gateway process held, while the others serve, and gets it replaced', async () => {
      const supervisor = deployed.platform.gateway.pid!;
      const before = childPids(supervisor);
      expect(before).toHaveLength(2);
      const body = JSON.stringify({ instances: [EXAMPLES.wine.rows[0]] });
      const answers: { at: number; ok: boolean; status: number | string }[] = [];
      let stop = false;
      let killedAt = 0;
      const concurrency = 8;
      // One connection per caller: a connection to the killed process fails at most one request, whether
      // it was in flight or sent on the connection just before its close was seen.
      const connections = new Agent({ connections: concurrency });
      const url = `${deployed.platform.gatewayUrl}/endpoints/wine/invocations`;
      const load = Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (!stop) {
            const status = await request(url, {
              method: 'POST',
              body,
              headers: { 'content-type': 'application/json', ...bearer(TEST_ADMIN_KEY) },
              dispatcher: connections,
            }).then(
              async (response) => {
                await response.body.text();
                return response.statusCode;
              },
              (error: unknown) => String((error as Error).cause ?? error),
            );
            answers.push({ at: Date.now(), ok: status === 200, status });
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      killedAt = Date.now();
      process.kill(before[0], 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 3000));
      stop = true;
      await load;
      await connections.close();
      const failed = answers.filter((a) => !a.ok).map((a) => ({ afterKillMs: a.at - killedAt, status: a.status }));
      // At most one request per connection to the killed process failed (the failures are shown if not).
      expect(failed.length <= concurrency ? [] : failed).toEqual([]);
      // The other process went on serving from the moment of the kill: no outage.
      const firstSecond = answers.filter((a) => a.at > killedAt && a.at <= killedAt + 1000);
      expect(firstSecond.filter((a) => a.ok).length).toBeGreaterThan(50);
      expect(answers.filter((a) => a.at > killedAt + 1000).every((a) => a.ok)).toBe(true);
      // And the supervisor started another process in its place.
      const after = await waitFor('a replacement gateway process', () => {
        const pids = childPids(supervisor);
        return pids.length === 2 && !pids.includes(before[0]) ? pids : undefined;
      });
      expect(after).toContain(before[1]);
    });
  });
});
