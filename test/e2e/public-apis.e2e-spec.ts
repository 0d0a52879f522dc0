import { EXAMPLES, restClient, startDeployedPlatform, tarGzOf, zipOf, type DeployedPlatform, type HttpResult } from '@modelserve/testing';

const ORIGIN = 'http://app.example.test';

describe('public APIs: routes to functions and endpoints, CORS, keys with usage plans, and a static site', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let gateway: string;
  let secret: string;
  let keyId: string;

  /** A caller of the public API: no management key, only what a browser or app sends. */
  const call = (method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<HttpResult> =>
    restClient(`${gateway}/apis/shop/prod`, null).send(method, path, body, headers);

  beforeAll(async () => {
    deployed = await startDeployedPlatform('public-apis', { FUNCTION_CONFIG_CACHE_MS: '200' });
    api = deployed.api;
    gateway = deployed.platform.gatewayUrl;
    const fn = await api.postJson('/v1/functions', {
      name: 'shop-echo',
      code: {
        archive: zipOf({
          'index.js': `exports.handler = async (event) => ({
            statusCode: event.httpMethod === 'DELETE' ? 202 : 200,
            headers: { 'content-type': 'application/json', 'x-echo': 'yes' },
            multiValueHeaders: { 'set-cookie': ['a=1', 'b=2'] },
            body: JSON.stringify(event),
          });`,
        }).toString('base64'),
      },
    });
    expect(fn.status).toBe(201);
    await api.postJson('/v1/functions', {
      name: 'shop-malformed',
      code: { archive: zipOf({ 'index.js': 'exports.handler = async () => ({ hello: 1 });' }).toString('base64') },
    });
    const created = await api.postJson('/v1/apis', {
      name: 'shop',
      routes: [
        { method: 'GET', path: '/hello/{name}', target: { function: 'shop-echo' } },
        { method: 'ANY', path: '/files/{path+}', target: { function: 'shop-echo' } },
        { method: 'POST', path: '/predict', target: { endpoint: 'wine' } },
        { method: 'GET', path: '/broken', target: { function: 'shop-malformed' } },
      ],
      cors: {
        allowOrigins: [ORIGIN],
        allowMethods: ['GET', 'POST', 'DELETE'],
        allowHeaders: ['content-type', 'x-api-key'],
        exposeHeaders: ['x-echo'],
        maxAgeSeconds: 300,
      },
      auth: 'apiKey',
      stages: ['prod', 'beta'],
      maxBodyBytes: 64 * 1024,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'shop',
      auth: 'apiKey',
      stages: ['prod', 'beta'],
      invokePaths: ['/apis/shop/prod/', '/apis/shop/beta/'],
    });
    expect((await api.postJson('/v1/apis/shop/usage-plans', { name: 'basic', rateLimit: 10, burst: 5, quotaPerDay: 100_000 })).status).toBe(
      201,
    );
    const key = await api.postJson('/v1/apis/shop/keys', { name: 'web', usagePlan: 'basic' });
    expect(key.status).toBe(201);
    expect(key.json.key).toMatch(/^mspk_/);
    secret = key.json.key;
    keyId = key.json.id;
  });
  afterAll(async () => {
    await deployed?.stop();
  });

  it('hands a route to its function as an API Gateway proxy event, and answers what it returns', async () => {
    const result = await call('GET', '/hello/ada%20l?x=1&x=2&y=3', { 'x-api-key': secret, origin: ORIGIN });
    expect(result.status).toBe(200);
    expect(result.headers.get('x-echo')).toBe('yes');
    expect(result.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(result.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(result.headers.get('access-control-expose-headers')).toBe('x-echo');
    const event = result.json;
    expect(event).toMatchObject({
      resource: '/hello/{name}',
      path: '/hello/ada l',
      httpMethod: 'GET',
      pathParameters: { name: 'ada l' },
      queryStringParameters: { x: '2', y: '3' },
      multiValueQueryStringParameters: { x: ['1', '2'], y: ['3'] },
      body: null,
      isBase64Encoded: false,
      requestContext: { stage: 'prod', apiId: 'shop', resourcePath: '/hello/{name}', httpMethod: 'GET', identity: { apiKeyId: keyId } },
    });
    expect(event.requestContext.requestId).toBe(result.headers.get('x-request-id'));
    // The caller's key stays with the platform.
    expect(Object.keys(event.headers).map((h: string) => h.toLowerCase())).not.toContain('x-api-key');

    const binary = await call(
      'DELETE',
      '/files/a/b/c.bin',
      { 'x-api-key': secret, 'content-type': 'application/octet-stream' },
      Buffer.from([0, 1, 2, 255]),
    );
    expect(binary.status).toBe(202);
    expect(binary.json).toMatchObject({
      pathParameters: { path: 'a/b/c.bin' },
      isBase64Encoded: true,
      body: Buffer.from([0, 1, 2, 255]).toString('base64'),
    });

    // Another stage serves the same routes.
    const beta = await fetch(`${gateway}/apis/shop/beta/hello/x`, { headers: { 'x-api-key': secret } });
    expect(beta.status).toBe(200);
  });

  it('hands a route to an endpoint, with the same answer as the endpoint gives', async () => {
    const csv = EXAMPLES.wine.rows.map((r) => r.join(',')).join('\n');
    const direct = await api.invoke('wine', csv, 'text/csv', { accept: 'application/json' });
    const viaApi = await call('POST', '/predict', { 'x-api-key': secret, 'content-type': 'text/csv', accept: 'application/json' }, csv);
    expect(viaApi.status).toBe(200);
    expect(viaApi.json).toEqual(direct.json);
  });

  it('answers CORS preflights as a browser requires, before any key', async () => {
    const preflight = (origin: string, method: string, headers: string) =>
      fetch(`${gateway}/apis/shop/prod/predict`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
      });
    const allowed = await preflight(ORIGIN, 'POST', 'content-type,x-api-key');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type, x-api-key');
    expect(allowed.headers.get('access-control-max-age')).toBe('300');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    for (const [origin, method, headers] of [
      ['http://evil.example.test', 'POST', 'content-type'],
      [ORIGIN, 'PUT', 'content-type'],
      [ORIGIN, 'POST', 'x-secret-header'],
    ]) {
      const refused = await preflight(origin, method, headers);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
    // An actual request from an origin not allowed is answered without the header that would let a browser read it.
    const foreign = await call('GET', '/hello/x', { 'x-api-key': secret, origin: 'http://evil.example.test' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses calls without a key of this API, with CORS headers on the refusal', async () => {
    const none = await call('GET', '/hello/x', { origin: ORIGIN });
    expect(none.status).toBe(403);
    expect(none.json).toMatchObject({ message: 'this API needs a key in the x-api-key header', error: { code: 'Forbidden' } });
    expect(none.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await call('GET', '/hello/x', { 'x-api-key': 'mspk_wrong' })).status).toBe(403);
    // A management key is not a key of the API, and the reverse.
    expect((await call('GET', '/hello/x', { 'x-api-key': 'msk_test-admin-key-of-the-test-platforms' })).status).toBe(403);
    expect((await fetch(`${gateway}/v1/models`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
  });

  it('throttles a key at its usage plan rate, with Retry-After', async () => {
    const plan = await api.postJson('/v1/apis/shop/usage-plans', { name: 'tight', rateLimit: 4, burst: 4 });
    expect(plan.status).toBe(201);
    const key = (await api.postJson('/v1/apis/shop/keys', { name: 'tight', usagePlan: 'tight' })).json.key as string;
    const started = Date.now();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    // Four requests at a time for three seconds.
    while (Date.now() - started < 3000) {
      const batch = await Promise.all(Array.from({ length: 4 }, () => call('GET', '/hello/x', { 'x-api-key': key })));
      for (const result of batch) {
        statuses.push(result.status);
        if (result.status === 429) retryAfter ??= result.headers.get('retry-after');
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const admitted = statuses.filter((s) => s === 200).length;
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(retryAfter).toMatch(/^[1-9]\d*$/);
    // The burst, then the rate: 4 + 4/s, give or take one lease.
    expect(admitted).toBeLessThanOrEqual(4 + 4 * seconds + 2);
    expect(admitted).toBeGreaterThanOrEqual(4 + 4 * (seconds - 1));
    expect(statuses.length).toBeGreaterThan(admitted + 10);
  });

  it('answers a bad function response, an unknown route or stage and an oversized body with a clear error', async () => {
    const broken = await call('GET', '/broken', { 'x-api-key': secret });
    expect(broken.status).toBe(502);
    expect(broken.json.message).toMatch(/function shop-malformed answered a malformed response: statusCode is not an HTTP status/);
    expect((await call('GET', '/nowhere', { 'x-api-key': secret })).status).toBe(404);
    expect((await fetch(`${gateway}/apis/shop/gamma/hello/x`)).status).toBe(404);
    expect((await fetch(`${gateway}/apis/nothing/prod/`)).status).toBe(404);
    const big = await call('POST', '/predict', { 'x-api-key': secret, 'content-type': 'text/csv' }, 'x'.repeat(65 * 1024));
    expect(big.status).toBe(413);
    const metrics = (await api.get('/metrics')).text;
    expect(metrics).toMatch(/modelserve_api_requests_total\{api="shop",stage="prod",route="GET \/hello\/\{name\}",status="200"\} [1-9]/);
    expect(metrics).toMatch(/modelserve_api_requests_total\{api="shop",stage="prod",route="preflight",status="204"\} [1-9]/);
  });

  it('serves a static site with content types, caching headers and a single-page fallback', async () => {
    const site = tarGzOf({
      'index.html': '<!doctype html><title>Shop</title><script src="assets/app.1a2b3c4d.js"></script>',
      'assets/app.1a2b3c4d.js': 'console.log("app")',
      'style.css': 'body { margin: 0 }',
      'docs/index.html': '<p>docs</p>',
    });
    const put = await api.send('PUT', '/v1/apis/shop/site', site, { 'content-type': 'application/gzip' });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ files: 4, size: site.length });
    expect(
      (await api.send('PUT', '/v1/apis/shop/site', tarGzOf({ 'about.html': '' }), { 'content-type': 'application/gzip' })).status,
    ).toBe(400);
    // Every gateway process sees the change within FUNCTION_CONFIG_CACHE_MS (200 ms here).
    await new Promise((resolve) => setTimeout(resolve, 400));

    const page = await call('GET', '/', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.text).toContain('<title>Shop</title>');
    const etag = page.headers.get('etag')!;
    const notModified = await call('GET', '/', { 'if-none-match': etag });
    expect({ status: notModified.status, text: notModified.text }).toEqual({ status: 304, text: '' });

    const script = await call('GET', '/assets/app.1a2b3c4d.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await call('GET', '/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await call('GET', '/docs/')).text).toBe('<p>docs</p>');
    // A route of the page's own (client-side routing) gets the page; a missing asset does not.
    expect((await call('GET', '/orders/42', { accept: 'text/html' })).text).toContain('<title>Shop</title>');
    expect((await call('GET', '/missing.png', { accept: 'image/png' })).status).toBe(404);
    // The site needs no key; the routes still do.
    expect((await call('GET', '/hello/x')).status).toBe(403);
  });
});
