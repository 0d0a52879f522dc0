import { ObjectStore, parseS3Uri } from '@modelserve/storage';
import {
  bearer,
  driveLoad,
  EXAMPLES,
  failedAnswers,
  startTestPlatform,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type Answer,
} from '@modelserve/testing';
import { readFileSync } from 'node:fs';

describe('updating a live endpoint', () => {
  let started: DeployedPlatform;
  let api: DeployedPlatform['api'];
  const body = EXAMPLES.wine.rows[0].join(',');

  /** Keeps four callers invoking the endpoint until stopped; resolves with every answer. */
  function backgroundLoad() {
    let running = true;
    const progress: Answer[] = [];
    const answers = driveLoad(api, 'live', body, { until: () => !running, answers: progress });
    return {
      /** Resolves once `count` more answers arrived after `since` (ms since the epoch). */
      answered: (count: number, since = 0) => waitFor(`${count} answers`, () => progress.filter((a) => a.at > since).length >= count),
      stop: () => {
        running = false;
        return answers;
      },
    };
  }

  const endpoint = async () => (await api.get('/v1/endpoints/live')).json;
  const update = (config: string, deployment?: unknown) =>
    api.send('PUT', '/v1/endpoints/live', JSON.stringify({ config, deployment }), { 'content-type': 'application/json' });
  const events = async () =>
    (
      (await api.get('/v1/endpoints/live/history')).json.events as { at: string; action: string; detail: Record<string, unknown> }[]
    ).reverse();
  const waitSettled = (config: string) =>
    waitFor(
      `the endpoint to settle on ${config}`,
      async () => {
        const e = await endpoint();
        return e.status === 'InService' && e.config === config ? e : undefined;
      },
      { timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    started = await startTestPlatform('updates', { workers: 2, extraEnv: { DEPLOYMENT_DRAIN_MS: '500' } });
    api = started.api;
    await api.postJson('/v1/models', { name: 'wine' });
    for (const file of [EXAMPLES.wine.model, EXAMPLES.wine.model, EXAMPLES.cancer.model]) {
      const upload = await api.send('POST', '/v1/models/wine/versions', readFileSync(file), { 'content-type': 'application/octet-stream' });
      expect(upload.status).toBe(201);
    }
    for (const [name, version] of [
      ['blue', 1],
      ['green', 2],
      ['broken', 3],
    ] as const) {
      expect((await api.postJson('/v1/endpoint-configs', { name, variants: [{ name: 'primary', model: 'wine', version }] })).status).toBe(
        201,
      );
    }
    expect((await api.postJson('/v1/endpoints', { name: 'live', config: 'blue' })).status).toBe(202);
    await api.waitInService('live');
  });

  afterAll(() => started?.stop());

  it('runs a canary: the new version is loaded before it gets traffic, then a share, then all of it, with no failed request', async () => {
    const load = backgroundLoad();
    await load.answered(20);
    const accepted = await update('green', { strategy: 'Canary', canary: { percent: 30, waitSeconds: 3 } });
    expect(accepted.status).toBe(202);
    expect(accepted.json).toMatchObject({ status: 'Updating', deployment: { from: 'blue', to: 'green', strategy: 'Canary' } });
    await waitSettled('green');
    // Some answers from after the update, for the check that all of them come from version 2.
    const settledAt = Date.parse((await events()).find((e) => e.action === 'Updated')!.at);
    await load.answered(20, settledAt + 200);
    const served = await load.stop();

    expect(failedAnswers(served)).toEqual([]);
    const history = await events();
    const shifts = history.filter((e) => e.action === 'TrafficShifted');
    expect(shifts.map((e) => e.detail.trafficPercent)).toEqual([30, 100]);
    const [canaryAt, fullAt] = shifts.map((e) => Date.parse(e.at));
    const updatedAt = Date.parse(history.find((e) => e.action === 'Updated')!.at);
    // Before the canary step nothing reached version 2; during it, some did; after the update, all.
    expect(served.filter((s) => s.at < canaryAt - 100).every((s) => s.version === 'wine:1')).toBe(true);
    const during = served.filter((s) => s.at > canaryAt + 200 && s.at < fullAt - 200);
    const share = during.filter((s) => s.version === 'wine:2').length / during.length;
    expect(during.length).toBeGreaterThan(50);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.45);
    expect(served.filter((s) => s.at > updatedAt + 200).every((s) => s.version === 'wine:2')).toBe(true);
  });

  it('runs a linear update in equal steps with no failed request', async () => {
    const load = backgroundLoad();
    expect((await update('blue', { strategy: 'Linear', linear: { stepPercent: 50, waitSeconds: 2 } })).status).toBe(202);
    await waitSettled('blue');
    const served = await load.stop();
    expect(failedAnswers(served)).toEqual([]);
    const history = await events();
    const lastStart = history.map((e) => e.action).lastIndexOf('UpdateStarted');
    expect(
      history
        .slice(lastStart)
        .filter((e) => e.action === 'TrafficShifted')
        .map((e) => e.detail.trafficPercent),
    ).toEqual([50, 100]);
    expect(served.at(-1)!.version).toBe('wine:1');
  });

  it('rolls back by itself when a new variant fails to load, and keeps serving the old one', async () => {
    // Corrupt the stored artifact of version 3 after its validation at upload, as broken storage would.
    const version = (await api.get('/v1/models/wine/versions/3')).json;
    const store = new ObjectStore({ ...testStorageConfig(), S3_BUCKET: started.platform.registry.env.S3_BUCKET });
    await store.uploadStream(parseS3Uri(version.artifactUri)!, Buffer.from('not the model that was uploaded'));

    const load = backgroundLoad();
    expect((await update('broken')).status).toBe(202);
    await waitFor('the rollback', async () => (await events()).some((e) => e.action === 'RolledBack'), { timeoutMs: 60_000 });
    const settled = await waitSettled('blue');
    const served = await load.stop();

    expect(failedAnswers(served)).toEqual([]);
    expect(served.every((s) => s.version === 'wine:1')).toBe(true);
    expect(settled.failureReason).toMatch(/variant primary of broken failed to load: .*sha256/);
    expect((await events()).at(-1)).toMatchObject({ action: 'RolledBack', detail: { from: 'broken', to: 'blue' } });
  });

  it('rolls back by itself when the new version crosses a latency threshold', async () => {
    const load = backgroundLoad();
    const accepted = await update('green', { strategy: 'AllAtOnce', waitSeconds: 30, rollback: { maxP99Ms: 0.001, minRequests: 5 } });
    expect(accepted.status).toBe(202);
    await waitFor('the rollback', async () => (await events()).filter((e) => e.action === 'RolledBack').length === 2, {
      timeoutMs: 60_000,
    });
    const settled = await waitSettled('blue');
    const served = await load.stop();
    expect(failedAnswers(served)).toEqual([]);
    expect(settled.failureReason).toMatch(/^green: p99 latency [\d.]+ ms over \d+ requests exceeds 0.001 ms$/);
  });

  it('refuses changes while an update runs; a rollback by hand stops it, or returns to the config before', async () => {
    const load = backgroundLoad();
    expect((await update('green', { strategy: 'Canary', canary: { percent: 10, waitSeconds: 60 } })).status).toBe(202);
    const busy = await update('blue');
    expect(busy.status).toBe(409);
    expect(busy.json.error.message).toMatch(/is Updating/);
    const patch = await api.send('PATCH', '/v1/endpoints/live/variants', JSON.stringify({ variants: [{ name: 'primary', weight: 2 }] }), {
      'content-type': 'application/json',
    });
    expect(patch.status).toBe(409);
    await waitFor('the canary step', async () => (await endpoint()).deployment?.trafficPercent === 10, { timeoutMs: 30_000 });

    // During the update: the rollback stops it.
    const dave = await api.issueKey('dave', ['deploy']);
    const stopped = await api.send('POST', '/v1/endpoints/live/rollback', undefined, bearer(dave.key));
    expect(stopped.status).toBe(202);
    const reason = `rolled back by dave (${dave.id})`;
    expect(stopped.json.deployment).toMatchObject({ phase: 'RollingBack', trafficPercent: 0, reason });
    await waitSettled('blue');
    expect((await events()).at(-1)).toMatchObject({ action: 'RolledBack', detail: { reason } });

    // Outside an update: back to the config before the current one (green, before the linear update to blue).
    expect((await api.send('POST', '/v1/endpoints/live/rollback')).status).toBe(202);
    await waitSettled('green');
    const served = await load.stop();
    expect(failedAnswers(served)).toEqual([]);
    expect(served.at(-1)!.version).toBe('wine:2');
  });
});
