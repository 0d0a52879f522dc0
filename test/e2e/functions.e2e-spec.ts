import { existsSync, readFileSync } from 'node:fs';
import {
  childPids,
  EXAMPLES,
  startDeployedPlatform,
  tarGzOf,
  waitFor,
  zipOf,
  type DeployedPlatform,
  type HttpResult,
} from '@modelserve/testing';

/** A handler that answers its event, its context and a marker of its code's version. */
const echoHandler = (marker: string) => `
exports.handler = async (event, context) => {
  console.log('event received', JSON.stringify(event).length, 'bytes');
  console.error('to stderr');
  return {
    marker: ${JSON.stringify(marker)},
    event,
    requestId: context.awsRequestId,
    remaining: context.getRemainingTimeInMillis(),
    functionName: context.functionName,
    functionVersion: context.functionVersion,
    envKeys: Object.keys(process.env).sort(),
    greeting: process.env.GREETING,
  };
};`;

/** Handlers that misbehave, each in its own way; every one must end as a 502 that says why. */
const HOSTILE: Record<string, { code: string; settings?: Record<string, unknown>; says: RegExp }> = {
  'loops-forever': {
    code: 'exports.handler = async () => { for (;;) {} };',
    settings: { timeoutSeconds: 1 },
    says: /timed out after 1\.00 seconds/,
  },
  'allocates-heap': {
    code: 'exports.handler = async () => { const hog = []; for (;;) hog.push(new Array(1e6).fill(Math.random())); };',
    settings: { memoryMB: 128, timeoutSeconds: 30 },
    says: /more than its 128 MB of memory/,
  },
  'allocates-buffers': {
    code: 'exports.handler = async () => { const hog = []; for (;;) { hog.push(Buffer.alloc(16 * 1024 * 1024, 1)); await new Promise((r) => setImmediate(r)); } };',
    settings: { memoryMB: 128, timeoutSeconds: 30 },
    says: /more than its 128 MB of memory/,
  },
  throws: { code: "exports.handler = async () => { throw new TypeError('no such thing'); };", says: /TypeError: no such thing/ },
  'calls-process-exit': { code: 'exports.handler = async () => { process.exit(3); };', says: /process\.exit is not allowed/ },
  'kills-the-gateway': {
    code: "exports.handler = async () => { process.kill(process.ppid, 'SIGKILL'); };",
    says: /process\.kill is not allowed/,
  },
  'reads-files': {
    code: "exports.handler = async () => require('fs').readFileSync('/etc/passwd', 'utf8');",
    says: /ERR_ACCESS_DENIED|Access to this API has been restricted/,
  },
  'writes-files': {
    code: "exports.handler = async () => require('fs').writeFileSync(__dirname + '/x', 'x');",
    says: /ERR_ACCESS_DENIED|Access to this API has been restricted/,
  },
  'spawns-processes': {
    code: "exports.handler = async () => require('child_process').execSync('id').toString();",
    says: /module "child_process" is not available/,
  },
  'opens-sockets': {
    code: "exports.handler = async () => require('net').connect(5432, '127.0.0.1');",
    says: /module "net" is not available/,
  },
  'fetches-urls': { code: "exports.handler = async () => (await fetch('http://127.0.0.1:5432')).status;", says: /fetch is not defined/ },
  'answers-a-function': {
    code: 'exports.handler = async () => ({ toJSON() { throw new Error("cannot be sent"); } });',
    says: /cannot be sent/,
  },
  'fails-to-load': { code: "throw new Error('broken at load');", says: /cannot be loaded: Error: broken at load/ },
};

describe('functions: user code with versions and aliases, isolated, next to the endpoints', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];

  const createFunction = async (name: string, code: string, settings: Record<string, unknown> = {}) => {
    const created = await api.postJson('/v1/functions', {
      name,
      code: { archive: zipOf({ 'index.js': code }).toString('base64') },
      ...settings,
    });
    if (created.status !== 201) throw new Error(`function ${name}: ${created.status} ${created.text}`);
    return created;
  };
  const invoke = (name: string, event: unknown, qualifier?: string) =>
    api.postJson(`/v1/functions/${name}/invocations${qualifier ? `?qualifier=${encodeURIComponent(qualifier)}` : ''}`, event);

  beforeAll(async () => {
    deployed = await startDeployedPlatform('functions', { FUNCTION_CONFIG_CACHE_MS: '200', GATEWAY_PROCESSES: '1' });
    api = deployed.api;
  });
  afterAll(async () => {
    await deployed?.stop();
  });

  it('creates, invokes, versions, aliases and deletes a function', async () => {
    const created = await createFunction('echo', echoHandler('one'), { environment: { GREETING: 'hello' }, timeoutSeconds: 5 });
    expect(created.json).toMatchObject({ name: 'echo', version: '$LATEST', runtime: 'nodejs20', handler: 'index.handler', memoryMB: 128 });
    expect(created.json.codeSha256).toMatch(/^[0-9a-f]{64}$/);

    const first = await invoke('echo', { hello: 'world', n: [1, 2] });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-function-version')).toBe('$LATEST');
    expect(first.json).toMatchObject({
      marker: 'one',
      event: { hello: 'world', n: [1, 2] },
      functionName: 'echo',
      functionVersion: '$LATEST',
      greeting: 'hello',
    });
    expect(first.json.requestId).toBe(first.headers.get('x-request-id'));
    expect(first.json.remaining).toBeGreaterThan(3000);
    expect(first.json.remaining).toBeLessThanOrEqual(5000);
    // The platform's own environment (database URL, storage keys, master key) never reaches the code.
    expect(first.json.envKeys).toEqual(expect.arrayContaining(['GREETING', 'AWS_LAMBDA_FUNCTION_NAME']));
    expect(first.json.envKeys.filter((k: string) => /DATABASE|S3_|SECRET|MASTER|ADMIN|REGISTRY|GRPC/.test(k))).toEqual([]);

    expect((await api.postJson('/v1/functions/echo/versions', { description: 'first' })).json).toMatchObject({ version: '1' });
    // New code as a tar.gz, sent as the body itself.
    const updated = await api.send('PUT', '/v1/functions/echo/code', tarGzOf({ 'index.js': echoHandler('two') }), {
      'content-type': 'application/gzip',
    });
    expect(updated.status).toBe(200);
    expect(updated.json.codeSha256).not.toBe(created.json.codeSha256);
    expect((await invoke('echo', {})).json.marker).toBe('two');
    expect((await api.postJson('/v1/functions/echo/versions', {})).json).toMatchObject({ version: '2' });
    // Nothing changed since version 2: publishing again answers version 2.
    expect((await api.postJson('/v1/functions/echo/versions', {})).json).toMatchObject({ version: '2' });

    expect(
      (await api.send('PUT', '/v1/functions/echo/aliases/live', JSON.stringify({ version: '1' }), { 'content-type': 'application/json' }))
        .status,
    ).toBe(200);
    expect((await invoke('echo', {}, 'live')).json).toMatchObject({ marker: 'one', functionVersion: '1' });
    expect((await invoke('echo', {}, '2')).json).toMatchObject({ marker: 'two', functionVersion: '2' });
    await api.send('PUT', '/v1/functions/echo/aliases/live', JSON.stringify({ version: '2' }), { 'content-type': 'application/json' });
    await waitFor('the alias to move', async () => (await invoke('echo', {}, 'live')).json?.marker === 'two', { timeoutMs: 5000 });

    const detail = await api.get('/v1/functions/echo?qualifier=live');
    expect(detail.json).toMatchObject({ version: '2', aliases: [{ name: 'live', version: '2' }] });
    expect(detail.json.versions.map((v: { version: string }) => v.version)).toEqual(['$LATEST', '1', '2']);
    expect((await api.get('/v1/functions')).json.functions.map((f: { name: string }) => f.name)).toContain('echo');

    // Settings change without new code; the environment reaches the next invocation.
    expect(
      (
        await api.send('PUT', '/v1/functions/echo', JSON.stringify({ environment: { GREETING: 'hi' } }), {
          'content-type': 'application/json',
        })
      ).status,
    ).toBe(200);
    await waitFor('the new environment', async () => (await invoke('echo', {})).json?.greeting === 'hi', { timeoutMs: 5000 });
    // The settings it did not name stay as they were.
    expect((await api.get('/v1/functions/echo')).json).toMatchObject({ timeoutSeconds: 5, memoryMB: 128, environment: { GREETING: 'hi' } });
    expect((await invoke('echo', {}, '1')).json.greeting).toBe('hello');

    let logs!: HttpResult;
    await waitFor("the first invocation's REPORT line", async () => {
      logs = await api.get(`/v1/functions/echo/logs?requestId=${first.json.requestId}`);
      return logs.json.entries.some((e: { message: string }) => e.message.startsWith('REPORT'));
    });
    const lines = logs.json.entries.map((e: { stream: string; message: string }) => `${e.stream} ${e.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^platform START RequestId: .* Version: \$LATEST$/),
        expect.stringMatching(/^stdout event received \d+ bytes$/),
        'stderr to stderr',
        expect.stringMatching(/^platform END RequestId/),
        expect.stringMatching(/^platform REPORT RequestId: .* Duration: [\d.]+ ms Memory Size: 128 MB Max Memory Used: \d+ MB$/),
      ]),
    );

    expect((await api.delete('/v1/functions/echo')).status).toBe(200);
    expect((await api.get('/v1/functions/echo')).status).toBe(404);
    await waitFor('the deleted function to stop answering', async () => (await invoke('echo', {})).status === 404, { timeoutMs: 5000 });
  });

  it('refuses broken code, unknown qualifiers and bad settings with 4xx', async () => {
    const expectError = (result: HttpResult, status: number, message: RegExp) => {
      expect(result.status).toBe(status);
      expect(result.json.error.message).toMatch(message);
    };
    const body = (code: Buffer, extra: Record<string, unknown> = {}) => ({
      name: 'bad',
      code: { archive: code.toString('base64') },
      ...extra,
    });
    expectError(await api.postJson('/v1/functions', body(Buffer.from('not an archive'))), 400, /neither a zip nor a tar\.gz/);
    expectError(await api.postJson('/v1/functions', body(zipOf({ 'other.js': '' }))), 400, /needs index\.js/);
    expectError(await api.postJson('/v1/functions', body(zipOf({ '../escape.js': '' }))), 400, /outside itself/);
    expectError(await api.postJson('/v1/functions', body(zipOf({ 'index.js': '' }), { memoryMB: 1 })), 400, /memoryMB/);
    expectError(await api.postJson('/v1/functions', body(zipOf({ 'index.js': '' }), { handler: 'index' })), 400, /<file>\.<export>/);
    await createFunction('plain', 'exports.handler = async (e) => e;');
    expectError(
      await createFunction('plain', '').catch(() => api.postJson('/v1/functions', body(zipOf({ 'index.js': '' }), { name: 'plain' }))),
      409,
      /already exists/,
    );
    expectError(await invoke('plain', {}, '7'), 404, /no version or alias 7/);
    expectError(await invoke('plain', {}, 'no such!'), 400, /qualifier/);
    expectError(await api.send('POST', '/v1/functions/plain/invocations', 'x', { 'content-type': 'text/plain' }), 415, /application\/json/);
    expectError(
      await api.send('PUT', '/v1/functions/plain/aliases/live', JSON.stringify({ version: '9' }), { 'content-type': 'application/json' }),
      400,
      /no published version 9/,
    );
    expectError(await invoke('missing', {}), 404, /function missing does not exist/);
  });

  it('contains every hostile handler with a 502 that says why, while everything else keeps being served', async () => {
    await createFunction('steady', 'exports.handler = async (e) => ({ doubled: e.n * 2 });');
    for (const [name, { code, settings }] of Object.entries(HOSTILE)) await createFunction(name, code, settings);

    // Steady traffic to a function and to an endpoint, all through the hostile invocations.
    let stop = false;
    const steady: number[] = [];
    const csv = EXAMPLES.wine.rows.map((r) => r.join(',')).join('\n');
    const traffic = (async () => {
      for (let n = 0; !stop; n++) {
        const [fn, endpoint] = await Promise.all([invoke('steady', { n }), api.invoke('wine', csv, 'text/csv')]);
        steady.push(fn.status, endpoint.status);
        if (fn.status === 200) expect(fn.json).toEqual({ doubled: n * 2 });
      }
    })();
    try {
      const results = await Promise.all(Object.keys(HOSTILE).map(async (name) => [name, await invoke(name, {})] as const));
      for (const [name, result] of results) {
        expect({ name, status: result.status }).toEqual({ name, status: 502 });
        expect({ name, message: result.json.error.message }).toEqual({ name, message: expect.stringMatching(HOSTILE[name].says) });
        expect(result.json.error.code).toBe('FunctionError');
      }
      // Each failed again on a second call: nothing is left half-broken, and the gateway still stands.
      const again = await invoke('throws', {});
      expect(again.status).toBe(502);
    } finally {
      stop = true;
      await traffic;
    }
    expect(steady.length).toBeGreaterThan(10);
    expect(steady.filter((s) => s !== 200)).toEqual([]);

    // Logs reach the registry within a flush (half a second).
    await waitFor('the timeout in the log', async () =>
      (await api.get('/v1/functions/loops-forever/logs')).json.entries.some((e: { message: string }) =>
        /^ERROR RequestId: .* the function timed out after 1\.00 seconds$/.test(e.message),
      ),
    );
    const metrics = (await api.get('/metrics')).text;
    for (const [name, outcome] of [
      ['loops-forever', 'timeout'],
      ['allocates-heap', 'memory'],
      ['throws', 'error'],
      ['steady', 'ok'],
      ['fails-to-load', 'refused'],
    ]) {
      expect(metrics).toMatch(
        new RegExp(`modelserve_function_invocations_total\\{function="${name}",version="\\$LATEST",outcome="${outcome}"\\} [1-9]`),
      );
    }
    expect(metrics).toMatch(/modelserve_function_cold_start_seconds_count\{function="steady",version="\$LATEST"\} [1-9]/);
  });

  it('lets a function invoke only the endpoints it names', async () => {
    await createFunction(
      'predictor',
      `exports.handler = async (event, context) => {
        const answer = await context.platform.invokeEndpoint({ EndpointName: event.endpoint, Body: event.csv, ContentType: 'text/csv', Accept: 'application/json' });
        return { variant: answer.InvokedProductionVariant, contentType: answer.ContentType, predictions: JSON.parse(Buffer.from(answer.Body).toString()) };
      };`,
      { allowedEndpoints: ['wine'] },
    );
    const csv = EXAMPLES.wine.rows.map((r) => r.join(',')).join('\n');
    const direct = await api.invoke('wine', csv, 'text/csv', { accept: 'application/json' });
    const viaFunction = await invoke('predictor', { endpoint: 'wine', csv });
    expect(viaFunction.status).toBe(200);
    expect(viaFunction.json).toEqual({ variant: 'primary', contentType: 'application/json', predictions: direct.json });

    const refused = await invoke('predictor', { endpoint: 'cancer', csv });
    expect(refused.status).toBe(502);
    expect(refused.json.error.message).toMatch(
      /Forbidden: function predictor may not invoke endpoint cancer; its allowedEndpoints are wine/,
    );
  });

  it('throttles past its concurrency and keeps instances warm', async () => {
    await createFunction('slow', 'exports.handler = async () => { await new Promise((r) => setTimeout(r, 800)); return process.pid; };', {
      maxConcurrency: 1,
    });
    const [a, b] = await Promise.all([invoke('slow', {}), new Promise((r) => setTimeout(r, 200)).then(() => invoke('slow', {}))]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(429);
    expect(b.headers.get('retry-after')).toBe('1');
    expect(b.json.error.message).toMatch(/concurrency limit/);
    // The warm instance serves the next call: the same process.
    expect((await invoke('slow', {})).json).toBe(a.json);
  });

  it('ends a function instance with its gateway process, even one in an endless loop', async () => {
    await createFunction('spins', 'exports.handler = async () => { for (;;) {} };', { timeoutSeconds: 60 });
    const running = invoke('spins', {}).catch((error: unknown) => error);
    const gateway = deployed.platform.gateway;
    let instance = 0;
    await waitFor('the instance to start', async () => {
      instance = childPids(gateway.pid!).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('sandbox-host')) ?? 0;
      return instance > 0;
    });
    await gateway.stop('SIGKILL');
    await running;
    await waitFor(
      'the instance to end with it',
      async () => !existsSync(`/proc/${instance}`) || / Z /.test(readFileSync(`/proc/${instance}/stat`, 'utf8')),
      {
        timeoutMs: 5000,
      },
    );
    await gateway.start();
    expect((await invoke('steady', { n: 1 })).json).toEqual({ doubled: 2 });
  });
});
