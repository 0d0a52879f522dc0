import { EXAMPLES, freePort, waitFor } from '@modelserve/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchPlatform {
  child: ChildProcess;
  gateway: string;
  dataDir: string;
  /** The port of each listener, by its configuration variable. */
  ports: Record<string, string>;
}

const PORT_VARIABLES = [
  'GATEWAY_PORT',
  'GATEWAY_GRPC_PORT',
  'REGISTRY_GRPC_PORT',
  'REGISTRY_HTTP_PORT',
  'WORKER_GRPC_PORT',
  'WORKER_HTTP_PORT',
  'BATCH_HTTP_PORT',
  'BATCH_GRPC_PORT',
  'EMBEDDED_S3_PORT',
];

/** The bench platform's admin key (ADMIN_API_KEY), which every request to its gateway carries. */
export const BENCH_KEY = `msk_bench-${randomBytes(16).toString('hex')}`;
export const benchAuth = { authorization: `Bearer ${BENCH_KEY}` };

export async function postJson(gateway: string, path: string, body: unknown) {
  const response = await fetch(gateway + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...benchAuth },
  });
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

export async function getJson(gateway: string, path: string) {
  return (await (await fetch(gateway + path, { headers: benchAuth })).json()) as Record<string, unknown> & { status: string };
}

/** Uploads a model file as the first version of `name` and deploys it behind the endpoint `name`. */
export async function deploy(gateway: string, name: string, modelFile: string) {
  await postJson(gateway, '/v1/models', { name });
  const upload = await fetch(`${gateway}/v1/models/${name}/versions`, {
    method: 'POST',
    body: readFileSync(modelFile),
    headers: { 'content-type': 'application/octet-stream', ...benchAuth },
  });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  await postJson(gateway, '/v1/endpoint-configs', { name, variants: [{ name: 'primary', model: name, version: 1 }] });
  await postJson(gateway, '/v1/endpoints', { name, config: name });
  await waitFor(`the endpoint ${name}`, async () => (await getJson(gateway, `/v1/endpoints/${name}`)).status === 'InService', {
    timeoutMs: 60_000,
  });
}

/**
 * The platform as `npm start` runs it (embedded storage and database), on free ports, with the wine
 * model deployed behind the endpoint `wine`.
 */
export async function startBenchPlatform(extraEnv: Record<string, string> = {}): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'modelserve-bench-'));
  const ports = Object.fromEntries(await Promise.all(PORT_VARIABLES.map(async (name) => [name, String(await freePort())])));
  const child = spawn(process.execPath, [join(__dirname, '../tools/start-platform.js')], {
    env: {
      ...process.env,
      ...ports,
      REGISTRY_ADDRESS: `127.0.0.1:${ports.REGISTRY_GRPC_PORT}`,
      BATCH_ADDRESS: `127.0.0.1:${ports.BATCH_GRPC_PORT}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ADMIN_API_KEY: BENCH_KEY,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}`;
  await waitFor('the platform', async () => (await fetch(`${gateway}/readyz`).catch(() => undefined))?.ok, { timeoutMs: 120_000 });
  await deploy(gateway, 'wine', EXAMPLES.wine.model);
  return { child, gateway, dataDir, ports };
}
