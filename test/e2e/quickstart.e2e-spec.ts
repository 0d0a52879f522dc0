import { freePort, REPO_ROOT, waitFor } from '@modelserve/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const bashBlocks = (text: string) => [...text.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1].trim());

const setUp = bashBlocks(readme.slice(readme.indexOf('## Set up'), readme.indexOf('## Quick start')));
const quickStart = bashBlocks(readme.slice(readme.indexOf('<!-- quickstart:begin -->'), readme.indexOf('<!-- quickstart:end -->')));

/** The README's start command, in its own process group so that the whole tree can be stopped. */
function startPlatform(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  // The whole start-up output up to a bound well above it: what the test looks for is printed early.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(0, 2_000_000));
  const child = spawn('bash', ['-c', setUp[0]], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, output: () => output };
}

async function stopPlatform(child: ChildProcess) {
  child.stdout?.destroy();
  child.stderr?.destroy();
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

describe('the README, run as written', () => {
  let port: number;
  let env: NodeJS.ProcessEnv;
  let dataDir: string;

  beforeAll(async () => {
    port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'modelserve-readme-'));
    // Only what the README says may vary: the gateway port and the data directory. No server variables.
    env = { PATH: process.env.PATH, HOME: process.env.HOME, GATEWAY_PORT: String(port), DATA_DIR: dataDir };
  });

  it('gives exactly two set-up commands, and the second is what .ci/run runs', () => {
    expect(setUp).toEqual(['npm install && npm start', 'npm test']);
    const ci = readFileSync(join(REPO_ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });

  it('starts on embedded defaults, serves the quick start, and keeps it across a restart', async () => {
    const first = startPlatform(env);
    try {
      await waitFor(
        'the platform started by the README command to be ready',
        async () => {
          if (first.child.exitCode !== null) throw new Error(`start command exited:\n${first.output().slice(-8000)}`);
          return (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok;
        },
        { timeoutMs: 180_000, intervalMs: 500 },
      );
      expect(quickStart).toHaveLength(3);
      const [wine, cancer, batch] = quickStart.map((block) =>
        spawnSync('timeout', ['120', 'bash', '-c', `set -euo pipefail\n${block}`], { cwd: REPO_ROOT, env, encoding: 'utf8' }),
      );
      expect({ status: wine.status, stderr: wine.stderr }).toEqual({ status: 0, stderr: '' });
      expect({ status: cancer.status, stderr: cancer.stderr }).toEqual({ status: 0, stderr: '' });
      expect({ status: batch.status, stderr: batch.stderr }).toEqual({ status: 0, stderr: '' });

      const wineJson = wine.stdout.split('\n').find((line) => line.startsWith('{"predictions"'));
      expect(JSON.parse(wineJson!).predictions).toHaveLength(3);
      const csvLines = wine.stdout.trim().split('\n').filter(Boolean).slice(-3);
      for (const line of csvLines) expect(line.split(',').map(Number)).toHaveLength(3);
      // The transform job wrote one line of three probabilities per row of the input file.
      const rows = readFileSync(join(REPO_ROOT, 'examples/wine-mlp/rows.csv'), 'utf8').trim().split('\n');
      const batchLines = batch.stdout.trim().split('\n').slice(-rows.length);
      expect(batch.stdout).toContain('"status":"InProgress"');
      for (const line of batchLines)
        expect(
          line
            .split(',')
            .map(Number)
            .filter((p) => p >= 0 && p <= 1),
        ).toHaveLength(3);
      const cancerJson = JSON.parse(cancer.stdout.trim().split('\n').at(-1)!);
      expect(cancerJson.predictions[0]).toEqual({
        output_label: expect.any(Number),
        output_probability: { '0': expect.any(Number), '1': expect.any(Number) },
      });
    } finally {
      await stopPlatform(first.child);
    }

    // The first start made the admin key (mode 0600) and said where it is.
    const adminKeyFile = join(dataDir, 'admin-key');
    expect(statSync(adminKeyFile).mode & 0o777).toBe(0o600);
    expect(first.output()).toContain(`an admin API key was written to ${adminKeyFile}`);
    const auth = { authorization: `Bearer ${readFileSync(adminKeyFile, 'utf8').trim()}` };
    // The services talk mutual TLS with certificates made at first start; the store has random credentials.
    expect(existsSync(join(dataDir, 'tls', 'ca.pem'))).toBe(true);
    expect(readFileSync(join(dataDir, 's3-credentials'), 'utf8')).not.toMatch(/S3RVER/);

    // DATA_DIR was honoured: the one embedded database (shared by the registry and the batch service)
    // and the object store live there.
    expect(existsSync(join(dataDir, 'db', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'registry-db'))).toBe(false);
    expect(existsSync(join(dataDir, 'batch-db'))).toBe(false);
    expect(existsSync(join(dataDir, 'objects'))).toBe(true);

    const second = startPlatform(env);
    try {
      const invoke = () =>
        fetch(`http://127.0.0.1:${port}/endpoints/wine/invocations`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv', ...auth },
          body: readFileSync(join(REPO_ROOT, 'examples/wine-mlp/sample.csv')),
        }).catch(() => undefined);
      const served = await waitFor(
        'the wine endpoint to serve again after the restart',
        async () => {
          if (second.child.exitCode !== null) throw new Error(`start command exited:\n${second.output().slice(-8000)}`);
          const response = await invoke();
          return response?.ok ? response : undefined;
        },
        { timeoutMs: 180_000, intervalMs: 500 },
      );
      expect(served.headers.get('x-model-version')).toBe('wine:1');
      // Job history survives the restart too.
      const job = (await (await fetch(`http://127.0.0.1:${port}/v1/transform-jobs/wine-batch`, { headers: auth })).json()) as {
        status: string;
      };
      // Nothing is served without the key.
      expect((await fetch(`http://127.0.0.1:${port}/v1/transform-jobs/wine-batch`)).status).toBe(401);
      expect(job.status).toBe('Completed');
    } finally {
      await stopPlatform(second.child);
    }
  }, 600_000);
});
