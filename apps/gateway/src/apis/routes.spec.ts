import { corsHeaders, preflight } from './cors';
import { compileRoutes, matchRoute } from './routes';

const routes = compileRoutes([
  { method: 'GET', path: '/users/{id}', target: { function: 'user' } },
  { method: 'GET', path: '/users/me', target: { function: 'me' } },
  { method: 'ANY', path: '/users/{id}', target: { function: 'any-user' } },
  { method: 'POST', path: '/files/{path+}', target: { endpoint: 'files' } },
  { method: 'GET', path: '/', target: { function: 'root' } },
]);

describe('public API routes', () => {
  it('prefers an exact method to ANY, and literal segments to parameters', () => {
    expect(matchRoute(routes, 'GET', '/users/me')?.route.function).toBe('me');
    expect(matchRoute(routes, 'GET', '/users/42')).toMatchObject({ route: { function: 'user' }, pathParameters: { id: '42' } });
    expect(matchRoute(routes, 'DELETE', '/users/42')?.route.function).toBe('any-user');
    expect(matchRoute(routes, 'HEAD', '/users/42')?.route.function).toBe('user');
  });

  it('decodes parameters, takes the rest of the path for {name+}, and matches the root', () => {
    expect(matchRoute(routes, 'POST', '/files/a/b%20c/d.txt')?.pathParameters).toEqual({ path: 'a/b c/d.txt' });
    expect(matchRoute(routes, 'GET', '/users/a%2Fb')?.pathParameters).toEqual({ id: 'a/b' });
    expect(matchRoute(routes, 'GET', '/')?.route.function).toBe('root');
    expect(matchRoute(routes, 'GET', '/users/42/')?.route.function).toBe('user');
    expect(matchRoute(routes, 'POST', '/files')).toBeUndefined();
    expect(matchRoute(routes, 'GET', '/users/1/2')).toBeUndefined();
    expect(() => matchRoute(routes, 'GET', '/users/%zz')).toThrow(/not valid percent-encoding/);
  });
});

describe('CORS', () => {
  const cors = {
    allowOrigins: ['*'],
    allowMethods: ['GET', 'PUT'],
    allowHeaders: ['*'],
    exposeHeaders: [],
    maxAgeSeconds: 60,
    allowCredentials: false,
  };

  it('lets a wildcard cover every origin and header but Authorization', () => {
    const ok = preflight(cors, 'http://a.test', {
      'access-control-request-method': 'PUT',
      'access-control-request-headers': 'X-One, x-two',
    });
    expect(ok).toMatchObject({
      status: 204,
      headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'x-one, x-two' },
    });
    expect(
      preflight(cors, 'http://a.test', { 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' })
        .status,
    ).toBe(403);
    expect(preflight(cors, 'http://a.test', { 'access-control-request-method': 'DELETE' }).status).toBe(403);
    expect(preflight(cors, undefined, { 'access-control-request-method': 'GET' }).status).toBe(403);
  });

  it('answers a credentialed origin with itself, never *', () => {
    const credentialed = { ...cors, allowOrigins: ['http://a.test'], allowHeaders: ['content-type'], allowCredentials: true };
    expect(corsHeaders(credentialed, 'http://a.test')).toEqual({
      vary: 'Origin',
      'access-control-allow-origin': 'http://a.test',
      'access-control-allow-credentials': 'true',
    });
    expect(corsHeaders(credentialed, 'http://b.test')).toEqual({ vary: 'Origin' });
    expect(corsHeaders(undefined, 'http://a.test')).toEqual({});
  });
});
