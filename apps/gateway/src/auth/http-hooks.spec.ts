import Fastify from 'fastify';
import type { AccessControl } from './access-control';
import { auditResource, installAccessControl } from './http-hooks';
import { ANONYMOUS } from './identity';

/** Access control that lets everyone in, to look at the hooks' routing alone. */
const openAccess = {
  authenticate: async () => ANONYMOUS,
  authorize: async () => undefined,
  audit: async () => undefined,
} as unknown as AccessControl;

describe('the access-control hooks', () => {
  it('report every route that has no policy, and fail closed on it', async () => {
    const app = Fastify();
    const { routesWithoutPolicy } = installAccessControl(app, openAccess);
    app.get('/v1/models', async () => ({ models: [] }));
    app.post('/v1/models/:name/secret-door', async () => ({ opened: true }));
    await app.ready();
    expect(routesWithoutPolicy()).toEqual(['POST /v1/models/:name/secret-door']);
    expect((await app.inject({ method: 'GET', url: '/v1/models' })).statusCode).toBe(200);
    const door = await app.inject({ method: 'POST', url: '/v1/models/x/secret-door' });
    expect(door.statusCode).toBe(403);
    expect(door.body).not.toContain('opened');
    await app.close();
  });

  it('name the resource a change acts on', () => {
    expect(auditResource('/v1/models/:name/versions/:version', { name: 'wine', version: '2' }, undefined)).toBe('model:wine');
    expect(auditResource('/v1/endpoints', {}, { name: 'fraud' })).toBe('endpoint:fraud');
    expect(auditResource('/v1/keys/:id/rotate', { id: 'key-1' }, {})).toBe('key:key-1');
  });
});
