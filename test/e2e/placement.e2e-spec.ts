import {
  driveLoad,
  EXAMPLES,
  failedAnswers,
  modelsLoadedOn,
  startTestPlatform,
  waitFor,
  type Answer,
  type DeployedPlatform,
  type Platform,
} from '@modelserve/testing';

describe('a variant on two instances', () => {
  let started: DeployedPlatform;
  let platform: Platform;
  let api: DeployedPlatform['api'];
  const body = EXAMPLES.wine.rows
    .slice(0, 2)
    .map((r) => r.join(','))
    .join('\n');

  const readyInstances = async () => (await api.get('/v1/endpoints/wine')).json.variants[0].readyInstanceCount as number;

  const load = (count: number, concurrency: number, until?: () => boolean, answers?: Answer[]) =>
    driveLoad(api, 'wine', body, { count, concurrency, until, answers });

  beforeAll(async () => {
    started = await startTestPlatform('placement', { workers: 3 });
    ({ platform, api } = started);
    await api.deploy('wine', EXAMPLES.wine.model, 2);
  });

  afterAll(() => started?.stop());

  const hosting = async () => {
    const loaded = await Promise.all(platform.workers.map(modelsLoadedOn));
    return platform.workers.filter((_, i) => loaded[i].includes('wine:1'));
  };

  it('is loaded on two of the three workers and serves from them', async () => {
    expect(await readyInstances()).toBe(2);
    expect(await hosting()).toHaveLength(2);
    expect(failedAnswers(await load(200, 8))).toEqual([]);
  });

  it('loses no request when a worker is killed, and places the lost instance on a healthy worker', async () => {
    const [victim, survivor] = await hosting();
    const spare = platform.workers.find((w) => w !== victim && w !== survivor)!;
    let killedAt = Infinity;
    const progress: Answer[] = [];
    const during = load(Infinity, 8, () => Date.now() > killedAt + 1500, progress);
    await waitFor('the load to be under way', () => progress.length > 50);
    await victim.stop('SIGKILL');
    killedAt = Date.now();
    const answers = await during;
    // Requests that meet the dead instance are retried once on the other one: none fails.
    expect(failedAnswers(answers)).toEqual([]);
    expect(answers.filter((a) => a.at < killedAt).length).toBeGreaterThan(50);
    expect(answers.filter((a) => a.at > killedAt).length).toBeGreaterThan(50);

    // Once the worker misses its heartbeats, the registry moves its instance to the spare worker.
    await waitFor('the instance to be placed on the spare worker', async () => (await modelsLoadedOn(spare)).includes('wine:1'));
    await waitFor('two ready instances again', async () => (await readyInstances()) === 2);
    expect((await api.get('/v1/endpoints/wine')).json.status).toBe('InService');
    expect(failedAnswers(await load(100, 4))).toEqual([]);

    // With no worker left to move to, the endpoint reports degraded capacity and keeps serving.
    await survivor.stop('SIGKILL');
    await waitFor('the registry to report one ready instance', async () => (await readyInstances()) === 1, { timeoutMs: 20_000 });
    const degraded = (await api.get('/v1/endpoints/wine')).json;
    expect(degraded).toMatchObject({ status: 'InService', variants: [{ desiredInstanceCount: 2, readyInstanceCount: 1 }] });
    expect(failedAnswers(await load(100, 4))).toEqual([]);

    await victim.start();
    await waitFor('capacity to come back with a returning worker', async () => (await readyInstances()) === 2);
    expect(await modelsLoadedOn(victim)).toEqual(['wine:1']);
  });
});
