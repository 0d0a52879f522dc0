import { REPO_ROOT, startDeployedPlatform, startTestPlatform, TEST_ADMIN_KEY, waitFor, type DeployedPlatform } from '@modelserve/testing';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import WebSocket from 'ws';

const b64 = (text: string) => Buffer.from(text).toString('base64');

jest.setTimeout(120_000);

describe('notebook instances: Jupyter servers run by the platform, opened through the gateway, wired to the platform', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let gateway: string;

  const describeInstance = async (name: string) => (await api.get(`/v1/notebook-instances/${name}`)).json;
  const waitStatus = (name: string, status: string, timeoutMs = 45_000) =>
    waitFor(
      `notebook instance ${name} to be ${status}`,
      async () => {
        const instance = await describeInstance(name);
        if (instance.status === status) return instance;
        if (instance.status === 'Failed' && status !== 'Failed') throw new Error(`${name} failed: ${instance.failureReason}`);
        return undefined;
      },
      { timeoutMs, intervalMs: 250 },
    );

  /** Follows a presigned URL as a browser would: the session cookie it sets. */
  async function signIn(name: string): Promise<string> {
    const { url } = (await api.postJson(`/v1/notebook-instances/${name}/presigned-url`, {})).json;
    const answer = await fetch(url, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(`/notebooks/${name}/tree`);
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`Path=/notebooks/${name}/; HttpOnly; SameSite=Lax`));
    return cookie.split(';')[0];
  }

  const proxied = (path: string, cookie: string, init: RequestInit = {}) =>
    fetch(`${gateway}${path}`, { ...init, redirect: 'manual', headers: { ...(init.headers as object), cookie } });

  /** Runs code in a new kernel through the proxied WebSocket; what it printed. */
  async function execute(name: string, cookie: string, code: string, timeoutMs = 60_000): Promise<string> {
    const kernel = await (await proxied(`/notebooks/${name}/api/kernels`, cookie, { method: 'POST', body: '{}' })).json();
    expect(kernel.id).toBeTruthy();
    const socket = new WebSocket(`${gateway.replace('http', 'ws')}/notebooks/${name}/api/kernels/${kernel.id}/channels`, {
      headers: { cookie, origin: gateway },
    });
    try {
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const msgId = `test-${Date.now()}`;
      let output = '';
      const done = new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer from the kernel; output so far: ${output}`)), timeoutMs);
        socket.on('message', (data) => {
          const message = JSON.parse(data.toString());
          if (message.parent_header?.msg_id !== msgId) return;
          if (message.msg_type === 'stream') output += message.content.text;
          if (message.msg_type === 'error') output += `${message.content.ename}: ${message.content.evalue}`;
          if (message.msg_type === 'status' && message.content.execution_state === 'idle') {
            clearTimeout(timer);
            resolve(output);
          }
        });
      });
      socket.send(
        JSON.stringify({
          header: {
            msg_id: msgId,
            username: 'test',
            session: 'test',
            msg_type: 'execute_request',
            version: '5.3',
            date: new Date().toISOString(),
          },
          parent_header: {},
          metadata: {},
          content: { code, silent: false, store_history: false, user_expressions: {}, allow_stdin: false, stop_on_error: true },
          channel: 'shell',
          buffers: [],
        }),
      );
      return await done;
    } finally {
      socket.close();
      await proxied(`/notebooks/${name}/api/kernels/${kernel.id}`, cookie, { method: 'DELETE' });
    }
  }

  beforeAll(async () => {
    deployed = await startDeployedPlatform('notebooks', {
      BATCH_POLL_MS: '200',
      BATCH_LEASE_MS: '3000',
      NOTEBOOK_CHECK_MS: '1000',
      NOTEBOOK_STOP_GRACE_MS: '3000',
      NOTEBOOK_SESSION_CACHE_MS: '300',
      // SageMaker's 5 minutes, shortened so that a script can run over it.
      NOTEBOOK_LIFECYCLE_TIMEOUT_MS: '20000',
    });
    api = deployed.api;
    gateway = deployed.platform.gatewayUrl;
    // Started first: its idle minute passes while the other tests run.
    expect((await api.postJson('/v1/notebook-instances', { name: 'nb-idle', idleShutdownMinutes: 1 })).status).toBe(202);
  }, 120_000);

  afterAll(async () => {
    await deployed?.stop();
  });

  it('creates an instance that comes InService, opens it with a presigned URL, and serves Jupyter through the gateway', async () => {
    const lifecycle = await api.postJson('/v1/notebook-instance-lifecycle-configs', {
      name: 'counting',
      onCreate: b64('echo created >> created.txt\necho "on create ran"'),
      onStart: b64('echo started >> started.txt'),
    });
    expect(lifecycle.status).toBe(201);
    const created = await api.postJson('/v1/notebook-instances', {
      name: 'nb-main',
      lifecycleConfig: 'counting',
      environment: { TEAM: 'ml' },
    });
    expect(created.status).toBe(202);
    expect(created.json).toMatchObject({ name: 'nb-main', status: 'Pending', volumeSizeGB: 5, lifecycleConfig: 'counting' });
    await waitStatus('nb-main', 'InService');

    // Without a session the proxy refuses, with a JSON error.
    const refused = await fetch(`${gateway}/notebooks/nb-main/tree`);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('Forbidden');

    const cookie = await signIn('nb-main');
    const tree = await proxied('/notebooks/nb-main/tree', cookie);
    expect(tree.status).toBe(200);
    const page = await tree.text();
    expect(page).toContain('data-base-url="/notebooks/nb-main/"');
    // The tree lists the working directory, where the lifecycle scripts wrote.
    const contents = await (await proxied('/notebooks/nb-main/api/contents', cookie)).json();
    expect(contents.content.map((f: { name: string }) => f.name).sort()).toEqual(['created.txt', 'started.txt']);
  });

  it('runs a kernel over the proxied WebSocket whose code reaches the platform with the built-in client and the AWS files', async () => {
    const cookie = await signIn('nb-main');
    const printed = await execute(
      'nb-main',
      cookie,
      [
        'import os, configparser',
        'from modelserve import ModelServe',
        'print(sorted(m["name"] for m in ModelServe().list_models()))',
        'print(os.environ["TEAM"], os.environ["HOME"] == os.getcwd())',
        'config = configparser.ConfigParser(); config.read(os.path.expanduser("~/.aws/config"))',
        'print(config["services modelserve"]["sagemaker"].strip())',
      ].join('\n'),
    );
    const lines = printed.trim().split('\n');
    expect(lines[0]).toBe("['cancer', 'wine']");
    expect(lines[1]).toBe('ml True');
    expect(lines[2]).toBe(`endpoint_url = ${gateway}`);

    // The instance's key has its creator's scopes (the admin key here) and is its own.
    const instance = await describeInstance('nb-main');
    const key = (await api.get(`/v1/keys/${instance.instanceKeyId}`)).json;
    expect(key).toMatchObject({ name: 'notebook-instance:nb-main', scopes: ['admin'] });

    // An AWS SDK that reads the instance's AWS files, and nothing else, reaches the platform's SageMaker API.
    const home = join(deployed.platform.batch.env.DATA_DIR, 'notebooks', 'nb-main');
    const saved = { ...process.env };
    try {
      for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
      Object.assign(process.env, {
        AWS_CONFIG_FILE: join(home, '.aws', 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
      });
      const sagemaker = new SageMakerClient({});
      const { Endpoints } = await sagemaker.send(new ListEndpointsCommand({}));
      expect(Endpoints!.map((e) => e.EndpointName).sort()).toEqual(['cancer', 'wine']);
      sagemaker.destroy();
    } finally {
      process.env = saved;
    }
  });

  it('keeps the working directory across stop and start, runs onCreate once, and revokes the stopped run’s key', async () => {
    let cookie = await signIn('nb-main');
    const put = await proxied('/notebooks/nb-main/api/contents/kept.txt', cookie, {
      method: 'PUT',
      body: JSON.stringify({ type: 'file', format: 'text', content: 'still here' }),
    });
    expect(put.status).toBe(201);
    const firstKey = (await describeInstance('nb-main')).instanceKeyId;

    expect((await api.postJson('/v1/notebook-instances/nb-main/stop', {})).status).toBe(202);
    const stopped = await waitStatus('nb-main', 'Stopped');
    expect(stopped.statusMessage).toBe('Stopped on request');
    expect((await api.get(`/v1/keys/${firstKey}`)).status).toBe(404);
    // A session of a stopped instance is told so.
    await waitFor('the proxy to see the stop', async () => (await proxied('/notebooks/nb-main/tree', cookie)).status === 409);

    expect((await api.postJson('/v1/notebook-instances/nb-main/start', {})).status).toBe(202);
    const started = await waitStatus('nb-main', 'InService');
    expect(started.instanceKeyId).not.toBe(firstKey);
    cookie = await signIn('nb-main');
    const read = async (file: string) => (await (await proxied(`/notebooks/nb-main/api/contents/${file}`, cookie)).json()).content;
    expect(await read('kept.txt')).toBe('still here');
    expect(await read('created.txt')).toBe('created\n');
    expect(await read('started.txt')).toBe('started\nstarted\n');
  });

  it('starts its instances again after the batch service is killed outright, with their files and no leftover processes', async () => {
    await waitStatus('nb-main', 'InService');
    const runProcesses = () =>
      readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .filter((pid) => {
          try {
            return readFileSync(`/proc/${pid}/environ`, 'latin1').includes('MODELSERVE_NOTEBOOK_RUN=');
          } catch {
            return false;
          }
        });
    // A kernel runs in a session of its own, beside the server.
    const kernel = await proxied('/notebooks/nb-main/api/kernels', await signIn('nb-main'), { method: 'POST', body: '{}' });
    expect(kernel.status).toBe(201);
    const before = await waitFor('the kernel to start', () => {
      const pids = runProcesses();
      return pids.length >= 2 ? pids : undefined;
    });
    await deployed.platform.batch.stop('SIGKILL');
    await deployed.platform.batch.start();
    await waitFor('nb-main to run again', async () => {
      const instance = await describeInstance('nb-main');
      return instance.status === 'InService' && instance.statusMessage === 'Restarted after the batch service that ran it stopped';
    });
    // The old run's server died with its service, and its kernels were ended by the new start.
    expect(runProcesses().filter((pid) => before.includes(pid))).toEqual([]);
    const cookie = await signIn('nb-main');
    expect((await (await proxied('/notebooks/nb-main/api/contents/kept.txt', cookie)).json()).content).toBe('still here');
  });

  it('leaves its notebook processes alone when another platform starts on the same machine', async () => {
    const before = await waitStatus('nb-main', 'InService');
    const cookie = await signIn('nb-main');
    // The other batch service looks for leftover notebook runs at start: of its own, not of this platform.
    const other = await startTestPlatform('notebooks-neighbour');
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await describeInstance('nb-main')).toMatchObject({ status: 'InService', instanceKeyId: before.instanceKeyId });
      expect((await proxied('/notebooks/nb-main/api/status', cookie)).status).toBe(200);
    } finally {
      await other.stop();
    }
  });

  it('puts an instance whose lifecycle script fails in Failed, with the script’s output as the reason', async () => {
    await api.postJson('/v1/notebook-instance-lifecycle-configs', {
      name: 'broken',
      onStart: b64('echo preparing the environment\necho "pip: no network" >&2\nexit 3'),
    });
    await api.postJson('/v1/notebook-instances', { name: 'nb-broken', lifecycleConfig: 'broken' });
    const failed = await waitStatus('nb-broken', 'Failed');
    expect(failed.failureReason).toContain('the OnStart lifecycle script failed (exit code 3)');
    expect(failed.failureReason).toContain('preparing the environment');
    expect(failed.failureReason).toContain('pip: no network');
    // The configuration is in use; the instance can be fixed (PATCH) and deleted.
    expect((await api.send('DELETE', '/v1/notebook-instance-lifecycle-configs/broken')).status).toBe(409);
    const patched = await api.send('PATCH', '/v1/notebook-instances/nb-broken', JSON.stringify({ lifecycleConfig: null }), {
      'content-type': 'application/json',
    });
    expect(patched.json).toMatchObject({ status: 'Stopped', lifecycleConfig: null });
    expect((await api.send('DELETE', '/v1/notebook-instances/nb-broken')).status).toBe(202);
    expect((await api.get('/v1/notebook-instances/nb-broken')).status).toBe(404);
    expect((await api.send('DELETE', '/v1/notebook-instance-lifecycle-configs/broken')).status).toBe(200);
  });

  it('stops an instance at once while its lifecycle script still runs', async () => {
    await api.postJson('/v1/notebook-instance-lifecycle-configs', { name: 'slow', onStart: b64('echo waiting\nsleep 300') });
    await api.postJson('/v1/notebook-instances', { name: 'nb-slow', lifecycleConfig: 'slow' });
    await waitFor('the script to run', async () => (await describeInstance('nb-slow')).instanceKeyId ?? undefined);
    const asked = Date.now();
    expect((await api.postJson('/v1/notebook-instances/nb-slow/stop', {})).status).toBe(202);
    const stopped = await waitStatus('nb-slow', 'Stopped', 10_000);
    expect(stopped.statusMessage).toBe('Stopped on request while it started');
    expect(Date.now() - asked).toBeLessThan(10_000);
    expect((await api.send('DELETE', '/v1/notebook-instances/nb-slow')).status).toBe(202);
  });

  it('puts an instance whose lifecycle script runs over its time in Failed', async () => {
    await api.postJson('/v1/notebook-instance-lifecycle-configs', { name: 'endless', onStart: b64('echo before the wait\nsleep 300') });
    await api.postJson('/v1/notebook-instances', { name: 'nb-endless', lifecycleConfig: 'endless' });
    const failed = await waitStatus('nb-endless', 'Failed', 40_000);
    expect(failed.failureReason).toBe('the OnStart lifecycle script ran over 20 s and was stopped; its output:\nbefore the wait');
    expect(Date.parse(failed.lastModifiedAt) - Date.parse(failed.createdAt)).toBeGreaterThanOrEqual(20_000);
  });

  it('refuses an expired or used sign-in link, an expired session, and a session of another instance', async () => {
    await waitStatus('nb-idle', 'InService');
    const database = new Client({ connectionString: deployed.database.url });
    await database.connect();
    try {
      // A link used once does not sign in again.
      const { url } = (await api.postJson('/v1/notebook-instances/nb-main/presigned-url', {})).json;
      expect((await fetch(url, { redirect: 'manual' })).status).toBe(302);
      const reused = await fetch(url, { redirect: 'manual' });
      expect(reused.status).toBe(403);
      expect((await reused.json()).error.message).toMatch(/expired, was used, or is another's/);

      // A link past its 5 minutes (moved there in the database) does not either.
      const late = (await api.postJson('/v1/notebook-instances/nb-main/presigned-url', {})).json.url;
      await database.query("UPDATE notebook_sessions SET expires_at = now() - interval '1 second' WHERE kind = 'sign-in'");
      expect((await fetch(late, { redirect: 'manual' })).status).toBe(403);

      // A link or a session of nb-main opens nothing of nb-idle.
      const foreignLink = (await api.postJson('/v1/notebook-instances/nb-main/presigned-url', {})).json.url.replace(
        '/nb-main/',
        '/nb-idle/',
      );
      expect((await fetch(foreignLink, { redirect: 'manual' })).status).toBe(403);
      const cookie = await signIn('nb-main');
      expect((await proxied('/notebooks/nb-main/tree', cookie)).status).toBe(200);
      const foreign = await proxied('/notebooks/nb-idle/tree', cookie);
      expect(foreign.status).toBe(403);
      const socket = new WebSocket(`${gateway.replace('http', 'ws')}/notebooks/nb-idle/api/kernels/x/channels`, { headers: { cookie } });
      const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_req, res) => resolve(res.statusCode!)));
      expect(status).toBe(403);
      // An upgrade the server itself refuses (no such kernel) comes back as it answered it.
      const unknownKernel = new WebSocket(`${gateway.replace('http', 'ws')}/notebooks/nb-main/api/kernels/no-such-kernel/channels`, {
        headers: { cookie, origin: gateway },
      });
      const refusal = await new Promise<{ status: number; body: string }>((resolve) =>
        unknownKernel.once('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.once('end', () => resolve({ status: res.statusCode!, body }));
        }),
      );
      expect(refusal.status).toBe(404);
      expect(refusal.body).toMatch(/Kernel does not exist|not found/i);

      // A session past its time is refused once the gateway's short cache lapses.
      await database.query("UPDATE notebook_sessions SET expires_at = now() - interval '1 second' WHERE kind = 'session'");
      await waitFor('the expired session to be refused', async () => (await proxied('/notebooks/nb-main/tree', cookie)).status === 403);
    } finally {
      await database.end();
    }
  });

  it('lets only admin keys create, start and open instances, and deploy keys stop them', async () => {
    const reader = await api.issueKey('notebook-reader', ['read']);
    const deployer = await api.issueKey('notebook-deployer', ['deploy']);
    const as = (key: string, path: string, body: unknown = {}) =>
      fetch(`${gateway}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await as(reader.key, '/v1/notebook-instances', { name: 'nb-x' })).status).toBe(403);
    expect((await as(deployer.key, '/v1/notebook-instances', { name: 'nb-x' })).status).toBe(403);
    expect((await as(deployer.key, '/v1/notebook-instances/nb-main/presigned-url')).status).toBe(403);
    expect((await as(deployer.key, '/v1/notebook-instances/nb-main/start')).status).toBe(403);
    expect((await as(reader.key, '/v1/notebook-instances/nb-main/stop')).status).toBe(403);
    const listed = await fetch(`${gateway}/v1/notebook-instances`, { headers: { authorization: `Bearer ${reader.key}` } });
    expect((await listed.json()).notebookInstances.map((i: { name: string }) => i.name)).toContain('nb-idle');
    const events = (await api.get('/v1/audit?limit=500')).json.events as { action: string; resource: string }[];
    expect(events).toContainEqual(expect.objectContaining({ action: 'notebook-instances.create', resource: 'notebook-instance:nb-idle' }));
    // A deploy key may stop: an unknown instance is its 404, not a 403.
    expect((await as(deployer.key, '/v1/notebook-instances/no-such-instance/stop')).status).toBe(404);
  });

  it('stops an instance whose kernels were idle for idleShutdownMinutes', async () => {
    const inService = await waitStatus('nb-idle', 'InService');
    const stopped = await waitStatus('nb-idle', 'Stopped', 120_000);
    expect(stopped.statusMessage).toBe('Stopped after 1 minutes without kernel activity (idleShutdownMinutes)');
    expect(Date.parse(stopped.lastModifiedAt) - Date.parse(inService.lastModifiedAt)).toBeGreaterThanOrEqual(60_000);
  }, 150_000);

  it("passes the Python client's own tests against the platform, outside any notebook", async () => {
    const env = deployed.platform.batch.env;
    // Not spawnSync: the tests' S3 server may run in this very process.
    const run = await promisify(execFile)('/usr/bin/python3', ['-m', 'unittest', 'discover', '-v', '-s', 'tests', '-t', '.'], {
      cwd: join(REPO_ROOT, 'clients', 'python'),
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        MODELSERVE_URL: gateway,
        MODELSERVE_API_KEY: TEST_ADMIN_KEY,
        MODELSERVE_TEST_ENDPOINT: 'wine',
        MODELSERVE_S3_ENDPOINT: env.S3_ENDPOINT,
        MODELSERVE_S3_ACCESS_KEY: env.S3_ACCESS_KEY,
        MODELSERVE_S3_SECRET_KEY: env.S3_SECRET_KEY,
        MODELSERVE_S3_BUCKET: env.S3_BUCKET,
      },
    });
    // execFile rejects on a non-zero exit.
    expect(run.stderr).toMatch(/Ran 6 tests/);
    expect(run.stderr).not.toMatch(/skipped/);
  });

  it('runs the example notebook headless in an instance: it trains, deploys, invokes and plots', async () => {
    const cookie = await signIn('nb-main');
    const notebook = JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'notebooks', 'wine.ipynb'), 'utf8'));
    const uploaded = await proxied('/notebooks/nb-main/api/contents/wine.ipynb', cookie, {
      method: 'PUT',
      body: JSON.stringify({ type: 'notebook', format: 'json', content: notebook }),
    });
    expect(uploaded.status).toBe(201);
    const printed = await execute(
      'nb-main',
      cookie,
      [
        'import subprocess',
        'run = subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300",',
        '                      "wine.ipynb", "--output", "wine-executed.ipynb"], capture_output=True, text=True)',
        'print(run.returncode)',
        'print(run.stderr[-3000:])',
      ].join('\n'),
      240_000,
    );
    expect(printed.split('\n')[0]).toBe('0');
    const executed = (await (await proxied('/notebooks/nb-main/api/contents/wine-executed.ipynb', cookie)).json()).content;
    const outputs = executed.cells.flatMap((cell: { outputs?: unknown[] }) => cell.outputs ?? []);
    const text = outputs.map((o: { text?: string }) => o.text ?? '').join('');
    expect(text).toMatch(/validation accuracy of the endpoint: (0\.9\d*|1\.0+)/);
    expect(outputs.some((o: { data?: Record<string, unknown> }) => o.data?.['image/png'])).toBe(true);
    expect((await api.get('/v1/endpoints/wine-notebook')).json.status).toBe('InService');
  }, 300_000);
});

describe('notebook instances without Jupyter', () => {
  it('answers 409 saying what to install, and the rest of the platform works', async () => {
    const platform = await startTestPlatform('notebooks-missing', { extraEnv: { NOTEBOOK_JUPYTER: '/nonexistent/jupyter' } });
    try {
      const refused = await platform.api.postJson('/v1/notebook-instances', { name: 'nb' });
      expect(refused.status).toBe(409);
      expect(refused.json.error.message).toMatch(/apt-get install jupyter-notebook/);
      expect((await platform.api.get('/v1/notebook-instances')).json).toEqual({ notebookInstances: [] });
      expect((await platform.api.get('/v1/models')).status).toBe(200);
    } finally {
      await platform.stop();
    }
  }, 120_000);
});
