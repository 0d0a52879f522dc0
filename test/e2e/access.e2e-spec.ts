import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import {
  AWS_JSON,
  EXAMPLES,
  freePort,
  restClient,
  routeRequest,
  ServiceProcess,
  startDeployedPlatform,
  TEST_ADMIN_KEY,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type HttpResult,
  type IssuedKey,
} from '@modelserve/testing';
import * as grpc from '@grpc/grpc-js';
import { protos, unary } from '@modelserve/contracts';
import { ensureInternalCertificates, INTERNAL_SERVER_NAME } from '@modelserve/service';
import { ROUTE_POLICIES } from '../../apps/gateway/src/auth/policies';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

type Api = DeployedPlatform['api'];

/** Fills a route's path parameters with names that exist nowhere, so that no walked request changes anything. */
const concretePath = (routePath: string) => routePath.replace(/:version/g, '1').replace(/:[a-z]+/g, 'walk-nothing');

describe('access control', () => {
  let deployed: DeployedPlatform;
  let api: Api;
  let url: string;
  const keys: Record<string, IssuedKey> = {};
  const bucket = () => deployed.platform.registry.env.S3_BUCKET;

  beforeAll(async () => {
    deployed = await startDeployedPlatform('access', { GATEWAY_PROCESSES: '2', AUTH_CACHE_MS: '300' });
    api = deployed.api;
    url = deployed.platform.gatewayUrl;
    for (const scope of ['read', 'deploy', 'invoke']) keys[scope] = await api.issueKey(`${scope}-key`, [scope]);
  }, 180_000);

  afterAll(() => deployed?.stop());

  describe('every route', () => {
    /** A key that lacks the scope an action needs, and one that has it. */
    const without: Record<string, string> = { read: 'invoke', deploy: 'read', invoke: 'read', admin: 'deploy' };
    const withScope = (action: string) => (action === 'admin' ? TEST_ADMIN_KEY : keys[action].key);

    // gRPC methods (HTTP/2 POSTs to /inference.GRPCInferenceService/...) are served on the gRPC port; open-inference.e2e-spec.ts walks them.
    const routes = Object.entries(ROUTE_POLICIES).filter(
      ([route, policy]) => policy.action !== 'public' && !route.includes(' /inference.'),
    );

    it.each(routes)('%s: 401 without a credential, 403 without the scope, neither with it', async (route, policy) => {
      const { method, routePath, headers: routeHeaders } = routeRequest(route);
      const path = concretePath(routePath);
      const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
      const contentType = routeHeaders['x-amz-target'] ? AWS_JSON : 'application/json';
      const headers: Record<string, string> = { ...routeHeaders, ...(body ? { 'content-type': contentType } : {}) };
      // The platform's error body holds the code in error.code; the V2 protocol's beside its error message.
      const codeOf = (result: HttpResult) => result.json?.error?.code ?? result.json?.code;
      const anonymous = await restClient(url, null).send(method, path, body, headers);
      expect([anonymous.status, codeOf(anonymous)]).toEqual([401, 'Unauthenticated']);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer realm="modelserve"/);
      const unknown = await restClient(url, 'msk_not-a-key-of-this-platform').send(method, path, body, headers);
      expect(unknown.status).toBe(401);
      const lacking = await restClient(url, keys[without[policy.action]].key).send(method, path, body, headers);
      expect([lacking.status, codeOf(lacking)]).toEqual([403, 'Forbidden']);
      const allowed = await restClient(url, withScope(policy.action)).send(method, path, body, headers);
      expect([401, 403]).not.toContain(allowed.status);
      expect(allowed.status).toBeLessThan(500);
    });

    it('leaves health checks open, and takes X-Api-Key as well as a bearer key', async () => {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/v1/models`, { headers: { 'x-api-key': keys.read.key } })).status).toBe(200);
    });
  });

  describe('keys', () => {
    it('shows secrets only at creation, and keeps a hash, never the key', async () => {
      const created = await api.issueKey('shown-once', ['read'], { owner: 'team-a' });
      expect(created).toMatchObject({ name: 'shown-once', owner: 'team-a', scopes: ['read'], resources: [] });
      expect(created.key).toMatch(/^msk_/);
      expect(created.accessKeyId).toMatch(/^MSAK[A-Z2-7]{16}$/);
      const listed = (await api.get('/v1/keys')).json.keys.find((k: { id: string }) => k.id === created.id);
      expect(listed).not.toHaveProperty('key');
      expect(listed).not.toHaveProperty('secretAccessKey');
      expect(JSON.stringify((await api.get(`/v1/keys/${created.id}`)).json)).not.toContain(created.key);
      const client = new Client({ connectionString: deployed.database.url });
      await client.connect();
      const stored = (await client.query('SELECT key_hash, sealed_secret_access_key FROM api_key_secrets')).rows;
      await client.end();
      expect(JSON.stringify(stored)).not.toContain(created.key);
      expect(JSON.stringify(stored)).not.toContain(created.secretAccessKey);
      // Last use is recorded.
      await restClient(url, created.key).get('/v1/models');
      expect((await api.get(`/v1/keys/${created.id}`)).json.lastUsedAt).not.toBeNull();
    });

    it('limits a key to named resources, with wildcards', async () => {
      const limited = await api.issueKey('wine-only', ['invoke', 'read'], { resources: ['endpoint:wi*'] });
      const client = restClient(url, limited.key);
      const csv = readFileSync(join(EXAMPLES.wine.dir, 'sample.csv'));
      expect((await client.invoke('wine', csv, 'text/csv')).status).toBe(200);
      const other = await client.invoke('cancer', '[[1]]', 'application/json');
      expect(other.status).toBe(403);
      expect(other.json.error.message).toMatch(/does not cover endpoint cancer/);
      expect((await client.get('/v1/endpoints/wine')).status).toBe(200);
      expect((await client.get('/v1/endpoints')).status).toBe(403);
    });

    it('stops accepting a revoked key, and an expired one', async () => {
      const revoked = await api.issueKey('to-revoke', ['read']);
      expect((await restClient(url, revoked.key).get('/v1/models')).status).toBe(200);
      expect((await api.delete(`/v1/keys/${revoked.id}`)).status).toBe(200);
      await waitFor('the revoked key to be refused', async () => (await restClient(url, revoked.key).get('/v1/models')).status === 401);

      const expiring = await api.issueKey('expiring', ['read'], { expiresAt: new Date(Date.now() + 1500).toISOString() });
      expect((await restClient(url, expiring.key).get('/v1/models')).status).toBe(200);
      await waitFor('the expired key to be refused', async () => (await restClient(url, expiring.key).get('/v1/models')).status === 401);
      expect(Date.parse(expiring.expiresAt!)).toBeLessThanOrEqual(Date.now());
    });

    it('rotates without downtime: old and new secrets both work during the grace period, then only the new', async () => {
      const key = await api.issueKey('rotated', ['read']);
      const rotated = await api.postJson(`/v1/keys/${key.id}/rotate`, { graceSeconds: 2 });
      expect(rotated.status).toBe(200);
      expect(rotated.json.key).not.toBe(key.key);
      expect(rotated.json.accessKeyIds).toEqual([key.accessKeyId, rotated.json.accessKeyId]);
      expect((await restClient(url, key.key).get('/v1/models')).status).toBe(200);
      expect((await restClient(url, rotated.json.key).get('/v1/models')).status).toBe(200);
      await waitFor('the previous secret to expire', async () => (await restClient(url, key.key).get('/v1/models')).status === 401);
      expect((await restClient(url, rotated.json.key).get('/v1/models')).status).toBe(200);
    });

    it('refuses malformed key requests with a 400 naming the problem', async () => {
      const bad = await api.postJson('/v1/keys', { name: 'x', scopes: ['root'] });
      expect(bad.status).toBe(400);
      expect(bad.json.error.message).toMatch(/scopes/);
      expect((await api.postJson('/v1/keys', { name: 'x', scopes: ['read'], resources: ['bucket:x'] })).status).toBe(400);
      expect((await api.postJson('/v1/keys', { name: 'x', scopes: ['read'], expiresAt: '2000-01-01T00:00:00Z' })).status).toBe(400);
    });
  });

  describe('AWS Signature Version 4', () => {
    const sign = async (
      key: IssuedKey,
      options: { path: string; body?: string; at?: Date; secret?: string; headers?: Record<string, string>; method?: string },
    ) => {
      const target = new URL(url);
      const signer = new SignatureV4({
        service: 'sagemaker',
        region: 'us-east-1',
        credentials: { accessKeyId: key.accessKeyId, secretAccessKey: options.secret ?? key.secretAccessKey },
        sha256: Sha256,
      });
      const request = new HttpRequest({
        method: options.method ?? 'POST',
        protocol: 'http:',
        hostname: target.hostname,
        port: Number(target.port),
        path: options.path,
        headers: Object.fromEntries(
          Object.entries({ host: target.host, 'content-type': 'text/csv', ...options.headers }).filter(([, v]) => v !== ''),
        ),
        body: options.body,
      });
      const signed = await signer.sign(request, { signingDate: options.at ?? new Date() });
      return signed.headers as Record<string, string>;
    };
    const csv = readFileSync(join(EXAMPLES.wine.dir, 'sample.csv'), 'utf8');
    const post = (path: string, headers: Record<string, string>, body: string | Buffer | undefined = csv) =>
      fetch(url + path, { method: 'POST', headers, body });

    it('accepts requests signed by the AWS SDK signer', async () => {
      const headers = await sign(keys.invoke, { path: '/endpoints/wine/invocations', body: csv });
      const answer = await post('/endpoints/wine/invocations', headers);
      expect(answer.status).toBe(200);
      const read = await sign(keys.read, { path: '/v1/endpoints/wine', method: 'GET', headers: { 'content-type': '' } });
      expect((await fetch(`${url}/v1/endpoints/wine`, { headers: read })).status).toBe(200);
    });

    it('refuses a tampered body, a tampered header, a wrong secret and a request outside the 15-minute window, with 403 and the reason', async () => {
      const path = '/endpoints/wine/invocations';
      const headers = await sign(keys.invoke, { path, body: csv, headers: { 'x-amzn-sagemaker-target-variant': 'primary' } });
      const tamperedBody = await post(path, headers, csv.replace(/\d/, '9'));
      expect(tamperedBody.status).toBe(403);
      expect(((await tamperedBody.json()) as { error: { message: string } }).error.message).toMatch(/changed after signing/);
      const tamperedHeader = await post(path, { ...headers, 'x-amzn-sagemaker-target-variant': 'other' });
      expect(tamperedHeader.status).toBe(403);
      expect(((await tamperedHeader.json()) as { error: { message: string } }).error.message).toMatch(/signature does not match/);
      const wrongSecret = await post(path, await sign(keys.invoke, { path, body: csv, secret: 'not-the-secret' }));
      expect(wrongSecret.status).toBe(403);
      const old = await post(path, await sign(keys.invoke, { path, body: csv, at: new Date(Date.now() - 16 * 60_000) }));
      expect(old.status).toBe(403);
      expect(((await old.json()) as { error: { message: string } }).error.message).toMatch(/15 minutes/);
      // The same signed request, replayed: accepted within the window only.
      expect((await post(path, headers)).status).toBe(200);
    });

    it('refuses an unknown access key id with 401, and a scope the key lacks with 403', async () => {
      const path = '/endpoints/wine/invocations';
      const unknown = await post(path, await sign({ ...keys.invoke, accessKeyId: 'MSAKAAAAAAAAAAAAAAAA' }, { path, body: csv }));
      expect(unknown.status).toBe(401);
      expect((await post(path, await sign(keys.read, { path, body: csv }))).status).toBe(403);
    });

    it('checks the payload hash of a streamed model upload, and creates no version when it does not match', async () => {
      const model = readFileSync(EXAMPLES.wine.model);
      const path = '/v1/models/wine/versions';
      const before = (await api.get(path)).json.versions.length;
      const unsigned = await sign(keys.deploy, {
        path,
        headers: { 'content-type': 'application/octet-stream', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      });
      expect((await post(path, unsigned, model)).status).toBe(201);
      const declared = await sign(keys.deploy, {
        path,
        body: model.toString('latin1'),
        headers: { 'content-type': 'application/octet-stream' },
      });
      const other = Buffer.from(model);
      other[other.length - 1] ^= 1;
      const refused = await post(path, declared, other);
      expect(refused.status).toBe(403);
      expect((await api.get(path)).json.versions.length).toBe(before + 1);
    });
  });

  describe('quotas', () => {
    it("hold a key's daily quota across the gateway's two processes", async () => {
      const limited = await api.issueKey('daily', ['read'], { quota: { requestsPerDay: 10 } });
      const client = restClient(url, limited.key);
      const answers = await Promise.all(Array.from({ length: 30 }, () => client.get('/v1/models')));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
      const refused = answers.find((a) => a.status === 429)!;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.json.error.message).toMatch(/daily quota/);
    });

    it("hold an endpoint's request rate across the gateway's two processes, and count refusals", async () => {
      expect(
        (
          await api.send('PUT', '/v1/endpoints/cancer/quota', JSON.stringify({ requestsPerSecond: 5, burst: 5 }), {
            'content-type': 'application/json',
          })
        ).status,
      ).toBe(200);
      expect((await api.get('/v1/endpoints/cancer/quota')).json.quota).toEqual({ requestsPerSecond: 5, burst: 5, requestsPerDay: 0 });
      const body = readFileSync(join(EXAMPLES.cancer.dir, 'sample.jsonl'));
      const started = Date.now();
      const statuses: number[] = [];
      await Promise.all(
        Array.from({ length: 6 }, async () => {
          while (Date.now() - started < 2000) statuses.push((await api.invoke('cancer', body, 'application/jsonlines')).status);
        }),
      );
      const elapsedSeconds = (Date.now() - started) / 1000;
      const served = statuses.filter((s) => s === 200).length;
      expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
      // The burst plus the refill over the run, whichever process served each request.
      expect(served).toBeGreaterThanOrEqual(5);
      expect(served).toBeLessThanOrEqual(5 + Math.ceil(5 * elapsedSeconds) + 1);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      const metrics = (await api.get('/metrics')).text;
      expect(metrics).toMatch(/modelserve_quota_rejections_total\{subject="endpoint",limit="rate"\} [1-9]/);
      // Removing the quota (no limit in it) opens the endpoint again.
      await api.send('PUT', '/v1/endpoints/cancer/quota', JSON.stringify({}), { 'content-type': 'application/json' });
      await waitFor('the quota to be lifted', async () => (await api.invoke('cancer', body, 'application/jsonlines')).status === 200, {
        timeoutMs: 15_000,
      });
    });
  });

  describe('storage URIs', () => {
    it('refuses traversal and foreign buckets in artifact URIs, job inputs and outputs and capture destinations, writing nothing', async () => {
      const storeRoot = process.env.TEST_S3_DIRECTORY!;
      const outsideBefore = readdirSync(dirname(storeRoot)).sort();
      const traversal = `s3://${bucket()}/../../../escaped`;
      const foreign = `s3://${testStorageConfig('foreign').S3_BUCKET}/data`;
      const checks: [string, unknown, number][] = [
        ['/v1/models/wine/versions', { artifactUri: `${traversal}.onnx` }, 400],
        ['/v1/models/wine/versions', { artifactUri: `${foreign}/model.onnx` }, 403],
        ['/v1/transform-jobs', transformJob('t1', `s3://${bucket()}/in`, traversal), 400],
        ['/v1/transform-jobs', transformJob('t2', foreign, `s3://${bucket()}/out`), 403],
        ['/v1/transform-jobs', transformJob('t3', `s3://${bucket()}/in`, foreign), 403],
        ['/v1/endpoint-configs', captureConfig('c1', traversal), 400],
        ['/v1/endpoint-configs', captureConfig('c2', foreign), 403],
      ];
      for (const [path, body, status] of checks) {
        const answer = await api.postJson(path, body);
        expect([path, answer.status]).toEqual([path, status]);
        expect(answer.json.error.message).toMatch(status === 400 ? /"\." or "\.\." segments/ : /outside the storage this platform may use/);
      }
      expect(readdirSync(dirname(storeRoot)).sort()).toEqual(outsideBefore);
    });
  });

  describe('services trust only each other', () => {
    const workerAddress = () => `127.0.0.1:${deployed.platform.workers[0].env.WORKER_GRPC_PORT}`;
    const registryAddress = () => `127.0.0.1:${deployed.platform.registry.env.REGISTRY_GRPC_PORT}`;
    const { WorkerControl } = protos().worker.modelserve.worker.v1;
    const { Registry } = protos().registry.modelserve.registry.v1;
    const refused = { code: grpc.status.UNAVAILABLE };

    it('a worker and the registry refuse gRPC callers without a certificate from the platform CA', async () => {
      const plainWorker = new WorkerControl(workerAddress(), grpc.credentials.createInsecure());
      await expect(unary(plainWorker, 'ListLoadedModels', {}, undefined, 5000)).rejects.toMatchObject(refused);
      const plainRegistry = new Registry(registryAddress(), grpc.credentials.createInsecure());
      await expect(unary(plainRegistry, 'ListModels', {}, undefined, 5000)).rejects.toMatchObject(refused);

      // A certificate of the right name from another CA: the platform's CA did not sign it.
      const platformCa = readFileSync(deployed.platform.registry.env.GRPC_TLS_CA);
      const foreign = await ensureInternalCertificates(mkdtempSync(join(tmpdir(), 'modelserve-foreign-ca-')));
      const impostor = new WorkerControl(
        workerAddress(),
        grpc.credentials.createSsl(platformCa, readFileSync(foreign.key), readFileSync(foreign.cert)),
        { 'grpc.ssl_target_name_override': INTERNAL_SERVER_NAME },
      );
      await expect(unary(impostor, 'ListLoadedModels', {}, undefined, 5000)).rejects.toMatchObject(refused);
      [plainWorker, plainRegistry, impostor].forEach((client) => client.close());

      // With the platform's certificate (as the services use it), the same call is answered.
      const trusted = new WorkerControl(
        workerAddress(),
        grpc.credentials.createSsl(
          platformCa,
          readFileSync(deployed.platform.registry.env.GRPC_TLS_KEY),
          readFileSync(deployed.platform.registry.env.GRPC_TLS_CERT),
        ),
        { 'grpc.ssl_target_name_override': INTERNAL_SERVER_NAME },
      );
      expect((await unary(trusted, 'ListLoadedModels', {}, undefined, 5000)).models.length).toBeGreaterThan(0);
      trusted.close();
    });
  });

  describe('the gateway over HTTPS', () => {
    it('serves the API with the certificate it is given, and keeps every rule', async () => {
      const port = await freePort();
      const { gateway } = deployed.platform;
      const https = new ServiceProcess(
        'gateway-https',
        'gateway',
        {
          ...gateway.env,
          GATEWAY_PORT: String(port),
          GATEWAY_GRPC_PORT: String(await freePort()),
          GATEWAY_PROCESSES: '1',
          GATEWAY_TLS_CERT: gateway.env.GRPC_TLS_CERT,
          GATEWAY_TLS_KEY: gateway.env.GRPC_TLS_KEY,
        },
        port,
        readFileSync(gateway.env.GRPC_TLS_CA),
      );
      await https.start();
      try {
        expect((await https.fetch('/v1/models')).status).toBe(401);
        const listed = await https.fetch('/v1/models', { headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` } });
        expect(listed.status).toBe(200);
        // Plain HTTP on the same port is not served.
        await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      } finally {
        await https.stop();
      }
    });
  });

  describe('AUTH=disabled', () => {
    it('opens every route to anyone, and says so loudly at start', async () => {
      const port = await freePort();
      const open = new ServiceProcess(
        'gateway-open',
        'gateway',
        {
          ...deployed.platform.gateway.env,
          GATEWAY_PORT: String(port),
          GATEWAY_GRPC_PORT: String(await freePort()),
          GATEWAY_PROCESSES: '1',
          AUTH: 'disabled',
        },
        port,
      );
      await open.start();
      try {
        expect((await open.fetch('/v1/models')).status).toBe(200);
        expect(open.logs).toMatch(/AUTH=disabled: every route is open to anyone/);
      } finally {
        await open.stop();
      }
    });
  });

  describe('secrets', () => {
    it('never appear in any service log', () => {
      const logs = deployed.platform
        .all()
        .map((service) => service.logs)
        .join('\n');
      expect(logs.length).toBeGreaterThan(1000);
      for (const key of Object.values(keys)) {
        expect(logs).not.toContain(key.key);
        expect(logs).not.toContain(key.secretAccessKey);
      }
      expect(logs).not.toContain(TEST_ADMIN_KEY);
    });
  });

  describe('the audit trail', () => {
    it('records every kind of change with the authenticated identity, and the history takes its actor from the key', async () => {
      const deployer = restClient(url, keys.deploy.key);
      const json = { 'content-type': 'application/json', 'x-actor': 'admin@corp' };
      await deployer.send('POST', '/v1/models', JSON.stringify({ name: 'audited' }), json);
      await deployer.send('POST', '/v1/models/audited/versions', readFileSync(EXAMPLES.wine.model), {
        'content-type': 'application/octet-stream',
      });
      await deployer.send('PATCH', '/v1/models/audited/versions/1', JSON.stringify({ approvalStatus: 'Approved' }), json);
      await deployer.send('PUT', '/v1/models/audited/aliases/champion', JSON.stringify({ version: 1 }), json);
      await deployer.send('DELETE', '/v1/models/audited/aliases/champion');
      await deployer.send(
        'POST',
        '/v1/endpoint-configs',
        JSON.stringify({ name: 'audited-1', variants: [{ name: 'primary', model: 'audited', version: 1 }] }),
        json,
      );
      await deployer.send('POST', '/v1/endpoints', JSON.stringify({ name: 'audited', config: 'audited-1' }), json);
      await deployer.waitInService('audited');
      await deployer.send('PATCH', '/v1/endpoints/audited/variants', JSON.stringify({ variants: [{ name: 'primary', weight: 2 }] }), json);
      await deployer.send('DELETE', '/v1/endpoints/audited');
      await deployer.send('DELETE', '/v1/models/audited/versions/1');
      const job = await deployer.send(
        'POST',
        '/v1/transform-jobs',
        JSON.stringify(transformJob('audited-job', `s3://${bucket()}/nothing`, `s3://${bucket()}/out`)),
        json,
      );
      await deployer.send('POST', '/v1/transform-jobs/audited-job/stop');
      const issued = await api.issueKey('audited-key', ['read']);
      await api.postJson(`/v1/keys/${issued.id}/rotate`, {});
      await api.delete(`/v1/keys/${issued.id}`);

      const events = (await api.get('/v1/audit?limit=50')).json.events as {
        action: string;
        actor: string;
        keyId: string;
        resource: string;
        status: number;
        sourceAddress: string;
        requestId: string;
      }[];
      const actions = events.map((e) => e.action);
      for (const action of [
        'models.create',
        'models.versions.create',
        'models.versions.update',
        'models.aliases.set',
        'models.aliases.delete',
        'endpoint-configs.create',
        'endpoints.create',
        'endpoints.variants.update',
        'endpoints.delete',
        'models.versions.delete',
        'transform-jobs.create',
        'transform-jobs.stop',
        'keys.create',
        'keys.rotate',
        'keys.revoke',
      ]) {
        expect(actions).toContain(action);
      }
      const created = events.find((e) => e.action === 'models.create' && e.resource === 'model:audited')!;
      expect(created).toMatchObject({
        keyId: keys.deploy.id,
        actor: `deploy-key (${keys.deploy.id})`,
        status: 201,
        sourceAddress: expect.stringMatching(/127\.0\.0\.1/),
      });
      expect(created.requestId).toMatch(/.+/);
      expect(events.find((e) => e.action === 'transform-jobs.create')!.status).toBe(job.status);
      expect(events.find((e) => e.action === 'keys.revoke')).toMatchObject({
        resource: `key:${issued.id}`,
        actor: expect.stringMatching(/^admin \(/),
      });
      const history = (await api.get('/v1/endpoints/audited/history')).json.events as { actor: string; action: string }[];
      expect(history.find((e) => e.action === 'Created')!.actor).toBe(`deploy-key (${keys.deploy.id})`);
      expect(JSON.stringify(history)).not.toContain('admin@corp');
    });
  });
});

function transformJob(name: string, input: string, output: string) {
  return { name, endpoint: 'wine', input: { uri: input, contentType: 'text/csv' }, output: { uri: output } };
}

function captureConfig(name: string, destination: string) {
  return { name, variants: [{ name: 'primary', model: 'wine', version: 1 }], dataCapture: { samplingPercent: 100, destination } };
}
