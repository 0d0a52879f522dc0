import { EXAMPLES, startDeployedPlatform, waitFor, type DeployedPlatform, type Platform } from '@modelserve/testing';

describe('restarts keep endpoints serving', () => {
  let deployed: DeployedPlatform;
  let platform: Platform;
  let api: DeployedPlatform['api'];
  const wineCsv = EXAMPLES.wine.rows
    .slice(0, 4)
    .map((r) => r.join(','))
    .join('\n');
  const cancerCsv = EXAMPLES.cancer.rows
    .slice(0, 4)
    .map((r) => r.join(','))
    .join('\n');

  beforeAll(async () => {
    // Short key and quota caches, so that the test sees the gateway serve past them while the registry is down.
    deployed = await startDeployedPlatform('restart', { AUTH_CACHE_MS: '300' });
    ({ platform, api } = deployed);
  });

  afterAll(() => deployed?.stop());

  const predictions = async (endpoint: string, body: string) => {
    const result = await api.invoke(endpoint, body, 'text/csv');
    return result.status === 200 ? result.text : undefined;
  };

  it("serves from the gateway's last routing table while the registry is down", async () => {
    const before = await predictions('wine', wineCsv);
    expect(before).toBeDefined();
    await platform.registry.stop('SIGKILL');
    expect(await predictions('wine', wineCsv)).toBe(before);
    // Past what the gateway cached of keys and quotas (AUTH_CACHE_MS): still served, as the registry vouched for the key before.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await predictions('wine', wineCsv)).toBe(before);
    await platform.registry.start();
  });

  it('brings every endpoint back after the registry and the worker are killed and restarted', async () => {
    const wineBefore = await predictions('wine', wineCsv);
    const cancerBefore = await predictions('cancer', cancerCsv);
    expect(wineBefore).toBeDefined();
    expect(cancerBefore).toBeDefined();

    await Promise.all([platform.registry.stop('SIGKILL'), platform.workers[0].stop('SIGKILL')]);
    const down = await api.invoke('wine', wineCsv, 'text/csv');
    expect(down.status).toBe(503);
    expect(down.json.error.code).toBe('Unavailable');

    await platform.registry.start();
    await platform.workers[0].start();

    // Metadata came back from PostgreSQL and artifacts from storage: the same answers as before.
    expect(await waitFor('wine to serve again', () => predictions('wine', wineCsv), { timeoutMs: 30_000 })).toBe(wineBefore);
    expect(await waitFor('cancer to serve again', () => predictions('cancer', cancerCsv), { timeoutMs: 30_000 })).toBe(cancerBefore);
    for (const name of ['wine', 'cancer']) {
      const endpoint = await api.get(`/v1/endpoints/${name}`);
      expect(endpoint.json).toMatchObject({ status: 'InService', variants: [{ readyInstanceCount: 1 }] });
    }
  });
});
