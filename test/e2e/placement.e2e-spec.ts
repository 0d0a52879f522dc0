import {
  EXAMPLES,
  modelsLoadedOn,
  startTestPlatform,
  waitFor,
  type DeployedPlatform,
  type Platform,
} from '@modelserve/testing';

describe('a variant on two instances', () => {
  let started: DeployedPlatform;
  let platform: Platform;
  let api: DeployedPlatform['api'];
  const body = EXAMPLES.wine.rows.slice(0, 2).map((r) => r.join(',')).join('\n');

  const readyInstances = async () => (await api.get('/v1/endpoints/wine')).json.variants[0].readyInstanceCount as number;

  /**
   * Sends invocations, `concurrency` at a time, until `count` are sent or `until` returns true;
   * resolves with the statuses that were not 200 and the times at which requests completed.
   */
  async function load(count: number, concurrency: number, until = () => false) {
    const failures: number[] = [];
    const completedAt: number[] = [];
    let sent = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < count && !until()) {
          sent++;
          const result = await api.invoke('wine', body, 'text/csv');
          completedAt.push(Date.now());
          if (result.status !== 200) failures.push(result.status);
        }
      }),
    );
    return { failures, completedAt };
  }

  beforeAll(async () => {
    started = await startTestPlatform('placement', { workers: 2 });
    ({ platform, api } = started);
    await api.deploy('wine', EXAMPLES.wine.model, 2);
  });

  afterAll(() => started?.stop());

  it('is loaded on both workers and serves from them', async () => {
    expect(await readyInstances()).toBe(2);
    for (const worker of platform.workers) expect(await modelsLoadedOn(worker)).toEqual(['wine:1']);
    expect((await load(200, 8)).failures).toEqual([]);
  });

  it('keeps serving when one worker is killed, reports the lost capacity, and recovers it', async () => {
    const [victim, survivor] = platform.workers;
    let killedAt = Infinity;
    const during = load(Infinity, 8, () => Date.now() > killedAt + 1500);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await victim.stop('SIGKILL');
    killedAt = Date.now();
    const { failures, completedAt } = await during;
    // Requests that meet the dead instance are retried once on the other one: none fails.
    expect(failures).toEqual([]);
    expect(completedAt.filter((t) => t < killedAt).length).toBeGreaterThan(50);
    expect(completedAt.filter((t) => t > killedAt).length).toBeGreaterThan(50);

    await waitFor('the registry to notice the lost worker', async () => (await readyInstances()) === 1);
    const endpoint = await api.get('/v1/endpoints/wine');
    expect(endpoint.json.status).toBe('InService');
    expect(await modelsLoadedOn(survivor)).toEqual(['wine:1']);
    expect((await load(100, 4)).failures).toEqual([]);

    await victim.start();
    await waitFor('the restarted worker to get the variant back', async () => (await readyInstances()) === 2);
    expect(await modelsLoadedOn(victim)).toEqual(['wine:1']);
  });
});
