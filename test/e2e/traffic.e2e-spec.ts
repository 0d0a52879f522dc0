import {
  driveLoad,
  EXAMPLES,
  failedAnswers,
  modelsLoadedOn,
  startTestPlatform,
  waitFor,
  type DeployedPlatform,
  type Platform,
} from '@modelserve/testing';
import { readFileSync } from 'node:fs';

describe('traffic between production variants', () => {
  let started: DeployedPlatform;
  let platform: Platform;
  let api: DeployedPlatform['api'];
  const body = EXAMPLES.wine.rows[0].join(',');

  const loadedEverywhere = async () => (await Promise.all(platform.workers.map(modelsLoadedOn))).flat().sort();

  /** Sends `count` invocations, 8 at a time; counts the serving variant of each, and fails on any non-200. */
  async function send(count: number, headers: Record<string, string> = {}) {
    const answers = await driveLoad(api, 'ab', body, { count, concurrency: 8, headers });
    expect(failedAnswers(answers)).toEqual([]);
    const served: Record<string, number> = {};
    for (const { variant, version } of answers) {
      // Each variant serves its own version.
      expect(version).toBe(variant === 'blue' ? 'wine:1' : 'wine:2');
      served[variant!] = (served[variant!] ?? 0) + 1;
    }
    return served;
  }

  const patch = (variants: unknown) =>
    api.send('PATCH', '/v1/endpoints/ab/variants', JSON.stringify({ variants }), { 'content-type': 'application/json' });
  const variantsOf = async () =>
    (await api.get('/v1/endpoints/ab')).json.variants as {
      name: string;
      weight: number;
      readyInstanceCount: number;
      desiredInstanceCount: number;
    }[];

  beforeAll(async () => {
    started = await startTestPlatform('traffic', { workers: 2 });
    ({ platform, api } = started);
    await api.postJson('/v1/models', { name: 'wine' });
    for (let i = 0; i < 2; i++) {
      const upload = await api.send('POST', '/v1/models/wine/versions', readFileSync(EXAMPLES.wine.model), {
        'content-type': 'application/octet-stream',
      });
      expect(upload.status).toBe(201);
    }
    const config = await api.postJson('/v1/endpoint-configs', {
      name: 'ab',
      variants: [
        { name: 'blue', model: 'wine', version: 1, weight: 1 },
        { name: 'green', model: 'wine', version: 2, weight: 3 },
      ],
    });
    expect(config.status).toBe(201);
    expect((await api.postJson('/v1/endpoints', { name: 'ab', config: 'ab' })).status).toBe(202);
    await api.waitInService('ab');
  });

  afterAll(() => started?.stop());

  it('splits requests by weight: share = weight / sum of weights', async () => {
    const total = 2000;
    const served = await send(total);
    expect((served.blue ?? 0) + (served.green ?? 0)).toBe(total);
    // blue's expected share is 1/4; allow 4.5 standard deviations of the binomial (about ±4.4 points).
    const share = (served.blue ?? 0) / total;
    const tolerance = 4.5 * Math.sqrt((0.25 * 0.75) / total);
    expect(Math.abs(share - 0.25)).toBeLessThan(tolerance);
  });

  it('sends a request to the variant it names, and refuses a variant that does not exist', async () => {
    expect(await send(100, { 'x-amzn-sagemaker-target-variant': 'blue' })).toEqual({ blue: 100 });
    const unknown = await api.invoke('ab', body, 'text/csv', { 'x-amzn-sagemaker-target-variant': 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toBe('endpoint ab has no variant red; it has blue, green');
  });

  it('changes weights of the live endpoint without reloading: weight 0 drains a variant', async () => {
    const before = await loadedEverywhere();
    const result = await patch([{ name: 'blue', weight: 0 }]);
    expect(result.status).toBe(200);
    expect(result.json.variants.map((v: { name: string; weight: number }) => [v.name, v.weight])).toEqual([
      ['blue', 0],
      ['green', 3],
    ]);
    await waitFor('the new weights to reach the gateway', async () => (await send(40)).blue === undefined);
    expect(await send(500)).toEqual({ green: 500 });
    // Pinned requests still reach the drained variant: its model stayed loaded.
    expect(await send(20, { 'x-amzn-sagemaker-target-variant': 'blue' })).toEqual({ blue: 20 });
    expect(await loadedEverywhere()).toEqual(before);
  });

  it('changes instance counts of the live endpoint', async () => {
    expect((await patch([{ name: 'green', instanceCount: 2 }])).status).toBe(200);
    await waitFor('green on two instances', async () => (await variantsOf()).find((v) => v.name === 'green')!.readyInstanceCount === 2);
    for (const worker of platform.workers) expect(await modelsLoadedOn(worker)).toContain('wine:2');

    expect((await patch([{ name: 'green', instanceCount: 1 }])).status).toBe(200);
    await waitFor('green back to one instance', async () => {
      const green = (await variantsOf()).find((v) => v.name === 'green')!;
      return green.readyInstanceCount === 1 && green.desiredInstanceCount === 1;
    });
    await waitFor('the surplus instance to be unloaded', async () => (await loadedEverywhere()).filter((m) => m === 'wine:2').length === 1);
    expect(await send(100)).toEqual({ green: 100 });
  });

  it.each([
    ['an unknown variant', [{ name: 'red', weight: 1 }], 400, /has no variant red/],
    ['every weight at 0', [{ name: 'green', weight: 0 }], 400, /at least one variant needs a weight above 0/],
    ['a negative weight', [{ name: 'green', weight: -1 }], 400, /weight/],
    ['no variants', [], 400, /variants/],
  ])('refuses %s', async (_title, variants, status, message) => {
    const result = await patch(variants);
    expect(result.status).toBe(status);
    expect(result.json.error.message).toMatch(message);
  });

  it('answers 404 for an unknown endpoint', async () => {
    const result = await api.send('PATCH', '/v1/endpoints/none/variants', JSON.stringify({ variants: [{ name: 'a', weight: 1 }] }), {
      'content-type': 'application/json',
    });
    expect(result.status).toBe(404);
  });
});
