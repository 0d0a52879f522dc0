import { bearer, EXAMPLES, startTestPlatform, waitFor, type DeployedPlatform } from '@modelserve/testing';
import { readFileSync } from 'node:fs';

describe('versions, aliases and endpoint history', () => {
  let started: DeployedPlatform;
  let api: DeployedPlatform['api'];
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    body === undefined
      ? api.send(method, path, undefined, headers)
      : api.send(method, path, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  const config = (name: string, variant: Record<string, unknown>) =>
    api.postJson('/v1/endpoint-configs', { name, variants: [{ name: 'primary', model: 'wine', ...variant }] });

  beforeAll(async () => {
    started = await startTestPlatform('lineage');
    api = started.api;
    await api.postJson('/v1/models', { name: 'wine' });
    for (let i = 0; i < 3; i++) {
      const upload = await api.send('POST', '/v1/models/wine/versions', readFileSync(EXAMPLES.wine.model), {
        'content-type': 'application/octet-stream',
      });
      expect(upload.json).toMatchObject({
        version: i + 1,
        approvalStatus: 'PendingManualApproval',
        tags: {},
        description: '',
        aliases: [],
      });
    }
  });

  afterAll(() => started?.stop());

  it('keeps a description, tags and an approval status on each version', async () => {
    const updated = await send('PATCH', '/v1/models/wine/versions/1', {
      description: 'first cut',
      tags: { team: 'ml', dataset: 'wine-2026' },
      approvalStatus: 'Approved',
    });
    expect(updated.status).toBe(200);
    expect((await api.get('/v1/models/wine/versions/1')).json).toMatchObject({
      description: 'first cut',
      tags: { team: 'ml', dataset: 'wine-2026' },
      approvalStatus: 'Approved',
    });
    // Fields not sent keep their value.
    await send('PATCH', '/v1/models/wine/versions/1', { description: 'first' });
    expect((await api.get('/v1/models/wine/versions/1')).json).toMatchObject({
      description: 'first',
      tags: { team: 'ml' },
      approvalStatus: 'Approved',
    });
    const bad = await send('PATCH', '/v1/models/wine/versions/1', { approvalStatus: 'Maybe' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/approvalStatus/);
  });

  it('moves aliases between versions', async () => {
    expect((await send('PUT', '/v1/models/wine/aliases/champion', { version: 1 })).json.aliases).toEqual(['champion']);
    expect((await send('PUT', '/v1/models/wine/aliases/champion', { version: 2 })).json).toMatchObject({
      version: 2,
      aliases: ['champion'],
    });
    expect((await api.get('/v1/models/wine/versions/1')).json.aliases).toEqual([]);
    expect((await send('PUT', '/v1/models/wine/aliases/12', { version: 1 })).json.error.message).toMatch(/cannot be a number/);
    expect((await send('PUT', '/v1/models/wine/aliases/other', { version: 9 })).status).toBe(404);
    expect((await send('PUT', '/v1/models/wine/aliases/temporary', { version: 3 })).status).toBe(200);
    expect((await send('DELETE', '/v1/models/wine/aliases/temporary')).status).toBe(204);
    expect((await send('DELETE', '/v1/models/wine/aliases/temporary')).status).toBe(404);
  });

  it('resolves an alias when a config is created and records both', async () => {
    const created = await config('by-alias', { alias: 'champion' });
    expect(created.status).toBe(201);
    expect(created.json.variants[0]).toMatchObject({ version: 2, alias: 'champion' });
    await send('PUT', '/v1/models/wine/aliases/champion', { version: 1 });
    // The config keeps the version the alias named when it was created.
    expect((await api.get('/v1/endpoint-configs/by-alias')).json.variants[0]).toMatchObject({ version: 2, alias: 'champion' });
  });

  it.each([
    ['both a version and an alias', { version: 1, alias: 'champion' }, 400, /one of the two/],
    ['neither', {}, 400, /one of the two/],
    ['an unknown alias', { alias: 'nobody' }, 404, /variant primary: model wine has no alias nobody/],
  ])('refuses a variant naming %s', async (_title, variant, status, message) => {
    const result = await config('refused', variant);
    expect(result.status).toBe(status);
    expect(result.json.error.message).toMatch(message);
  });

  it('refuses to deploy a rejected version', async () => {
    await send('PATCH', '/v1/models/wine/versions/3', { approvalStatus: 'Rejected' });
    const result = await config('rejected', { version: 3 });
    expect(result.status).toBe(409);
    expect(result.json.error).toMatchObject({ code: 'FailedPrecondition', message: 'variant primary: version 3 of wine is Rejected' });
  });

  it('refuses version numbers past int32 and updates that change nothing, touching no version', async () => {
    const before = (await api.get('/v1/models/wine/versions')).json.versions;
    // 4294967305 would wrap to version 9 in an int32 field.
    const wrapped = await send('DELETE', '/v1/models/wine/versions/4294967305');
    expect([wrapped.status, wrapped.json.error.message]).toEqual([400, 'version "4294967305" is not a whole number from 1 to 2147483647']);
    expect((await send('GET', '/v1/models/wine/versions/4294967297')).status).toBe(400);
    const empty = await send('PATCH', '/v1/models/wine/versions/1', {});
    expect([empty.status, empty.json.error.message]).toEqual([
      400,
      'body: give at least one of description, tags, approvalStatus, runtime, quality',
    ]);
    const nul = await send('PATCH', '/v1/models/wine/versions/1', { description: 'a\u0000b' });
    expect([nul.status, nul.json.error.message]).toEqual([400, 'description: NUL characters are not allowed']);
    expect((await send('GET', '/v1/models/a%00b')).status).toBe(400);
    expect((await api.get('/v1/models/wine/versions')).json.versions).toEqual(before);
  });

  it('deletes only versions that nothing uses', async () => {
    const used = await send('DELETE', '/v1/models/wine/versions/2');
    expect(used.status).toBe(409);
    expect(used.json.error.message).toBe('version 2 of wine is used by endpoint config by-alias');
    const aliased = await send('DELETE', '/v1/models/wine/versions/1');
    expect(aliased.status).toBe(409);
    expect(aliased.json.error.message).toMatch(/aliased as champion/);
    expect((await send('DELETE', '/v1/models/wine/versions/3')).status).toBe(200);
    expect((await api.get('/v1/models/wine/versions/3')).status).toBe(404);
    expect((await api.get('/v1/models/wine/versions')).json.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it("keeps each endpoint's history: who changed what (as their keys say), when, and the outcome, beyond deletion", async () => {
    const [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((name) => api.issueKey(name, ['deploy'])));
    // X-Actor no longer names anyone: the authenticated key does.
    const as = (key: { key: string }) => ({ ...bearer(key.key), 'x-actor': 'mallory' });
    expect((await send('POST', '/v1/endpoints', { name: 'tracked', config: 'by-alias' }, as(alice))).status).toBe(202);
    await api.waitInService('tracked');
    expect((await send('PATCH', '/v1/endpoints/tracked/variants', { variants: [{ name: 'primary', weight: 2 }] }, as(bob))).status).toBe(
      200,
    );
    expect((await send('DELETE', '/v1/endpoints/tracked', undefined, as(carol))).status).toBe(202);
    await waitFor('the endpoint to be deleted', async () => (await api.get('/v1/endpoints/tracked')).status === 404);

    const history = await api.get('/v1/endpoints/tracked/history');
    expect(history.status).toBe(200);
    const events = history.json.events as { at: string; actor: string; action: string; detail: Record<string, unknown> }[];
    expect(events.map((e) => [e.actor, e.action])).toEqual([
      ['system', 'Deleted'],
      [`carol (${carol.id})`, 'StatusChanged'],
      [`bob (${bob.id})`, 'VariantsUpdated'],
      ['system', 'StatusChanged'],
      [`alice (${alice.id})`, 'Created'],
    ]);
    expect(events[4].detail).toMatchObject({
      config: 'by-alias',
      variants: [{ variant: 'primary', model: 'wine', version: 2, alias: 'champion' }],
    });
    expect(events[3].detail).toEqual({ from: 'Creating', to: 'InService' });
    expect(events[2].detail).toEqual({ changes: [{ name: 'primary', weight: 2 }] });
    expect(events[1].detail).toEqual({ from: 'InService', to: 'Deleting' });
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await api.get('/v1/endpoints/never-existed/history')).status).toBe(404);
  });
});
