import { EXAMPLES, startTestPlatform, waitFor, type DeployedPlatform } from '@modelserve/testing';
import { readFileSync } from 'node:fs';

describe('shadow variants', () => {
  let started: DeployedPlatform;
  let api: DeployedPlatform['api'];
  const body = EXAMPLES.wine.rows[0].join(',');
  const upload = (model: string, file: string) =>
    api.send('POST', `/v1/models/${model}/versions`, readFileSync(file), { 'content-type': 'application/octet-stream' });
  /**
   * A series' value; 0 when the series has not been written yet, but only if its metric exists at all,
   * so that a renamed or missing metric fails the test instead of reading as 0.
   */
  const metric = async (name: string, labels: string) => {
    const text = (await api.get('/metrics')).text;
    const family = name.replace(/_(count|sum|bucket)$/, '');
    if (!new RegExp(`^# TYPE ${family} `, 'm').test(text)) throw new Error(`the gateway has no metric ${family}`);
    const value = new RegExp(`^${name}\\{${labels.replace(/[{}]/g, '')}\\} (\\S+)$`, 'm').exec(text)?.[1];
    return Number(value ?? 0);
  };

  beforeAll(async () => {
    started = await startTestPlatform('shadow');
    api = started.api;
    await api.postJson('/v1/models', { name: 'wine' });
    await api.postJson('/v1/models', { name: 'cancer' });
    await upload('wine', EXAMPLES.wine.model);
    await upload('wine', EXAMPLES.wine.model);
    await upload('cancer', EXAMPLES.cancer.model);
    const config = await api.postJson('/v1/endpoint-configs', {
      name: 'shadowed',
      variants: [
        { name: 'primary', model: 'wine', version: 1 },
        // The same network as version 2: every copy should agree with production.
        { name: 'same', model: 'wine', version: 2, shadowSamplingPercent: 100 },
        // A model that cannot read these rows: its copies fail, which must never reach callers.
        { name: 'unfit', model: 'cancer', version: 1, shadowSamplingPercent: 50 },
      ],
    });
    expect(config.status).toBe(201);
    expect(config.json.variants.map((v: { name: string; shadowSamplingPercent?: number }) => [v.name, v.shadowSamplingPercent])).toEqual([
      ['primary', undefined],
      ['same', 100],
      ['unfit', 50],
    ]);
    await api.postJson('/v1/endpoints', { name: 'shadowed', config: 'shadowed' });
    await api.waitInService('shadowed');
  });

  afterAll(() => started?.stop());

  it('answers every caller from production only, while copies go to the shadows', async () => {
    const total = 60;
    for (let i = 0; i < total; i++) {
      const result = await api.invoke('shadowed', body, 'text/csv');
      expect(result.status).toBe(200);
      expect(result.headers.get('x-amzn-invoked-production-variant')).toBe('primary');
      expect(result.headers.get('x-model-version')).toBe('wine:1');
    }
    const same = 'endpoint="shadowed",variant="same"';
    await waitFor(
      'every copy to reach the same-model shadow',
      async () => (await metric('modelserve_shadow_requests_total', `${same},outcome="ok"`)) === total,
    );
    expect(await metric('modelserve_shadow_disagreements_total', same)).toBe(0);
    expect(await metric('modelserve_shadow_duration_seconds_count', same)).toBe(total);

    const unfit = 'endpoint="shadowed",variant="unfit"';
    const unfitErrors = await metric('modelserve_shadow_requests_total', `${unfit},outcome="error"`);
    // Half of 60 sampled; 4.5 standard deviations of the binomial is about 17.
    expect(Math.abs(unfitErrors - total / 2)).toBeLessThan(17);
    expect(await metric('modelserve_shadow_requests_total', `${unfit},outcome="ok"`)).toBe(0);
  });

  it('cannot be targeted by callers nor given a weight', async () => {
    const pinned = await api.invoke('shadowed', body, 'text/csv', { 'x-amzn-sagemaker-target-variant': 'same' });
    expect(pinned.status).toBe(400);
    expect(pinned.json.error.message).toBe('endpoint shadowed has no variant same; it has primary');
    const weighted = await api.send(
      'PATCH',
      '/v1/endpoints/shadowed/variants',
      JSON.stringify({ variants: [{ name: 'same', weight: 1 }] }),
      {
        'content-type': 'application/json',
      },
    );
    expect(weighted.status).toBe(400);
    expect(weighted.json.error.message).toMatch(/shadow variant/);
  });

  it('shows shadows with their sampling and capacity on the endpoint', async () => {
    const endpoint = (await api.get('/v1/endpoints/shadowed')).json;
    expect(
      endpoint.variants.map((v: { name: string; shadowSamplingPercent?: number; readyInstanceCount: number }) => [
        v.name,
        v.shadowSamplingPercent,
        v.readyInstanceCount,
      ]),
    ).toEqual([
      ['primary', undefined, 1],
      ['same', 100, 1],
      ['unfit', 50, 1],
    ]);
  });
});
