/**
 * `npm start`: runs the whole platform on one machine. Without S3_ENDPOINT it serves an embedded
 * S3-protocol store under DATA_DIR/objects; without DATABASE_URL it serves one embedded PostgreSQL
 * (PGlite) under DATA_DIR/db, which the registry and the batch service share as they would share a
 * PostgreSQL server. The services run as separate processes, restarted if they die, and are stopped
 * in order on Ctrl-C or SIGTERM.
 */
import { createLogger, logFormat } from '@modelserve/common';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@modelserve/database';
import { ensureInternalCertificates } from '@modelserve/service';
import { embeddedStoreCredentials, ObjectStore, startEmbeddedStore } from '@modelserve/storage';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

const logger = createLogger('platform', process.env.LOG_LEVEL ?? 'info');
const env = process.env;
const dataDir = resolve(env.DATA_DIR ?? './.data');
const distApps = join(__dirname, '../apps');

interface Service {
  name: string;
  app: string;
  healthPort: string;
  child?: ChildProcess;
}

// Health ports, with the same defaults as each service's configuration.
const services: Service[] = [
  { name: 'registry', app: 'registry', healthPort: env.REGISTRY_HTTP_PORT ?? '8081' },
  { name: 'inference-worker', app: 'inference-worker', healthPort: env.WORKER_HTTP_PORT ?? '8082' },
  { name: 'batch', app: 'batch', healthPort: env.BATCH_HTTP_PORT ?? '8083' },
  { name: 'gateway', app: 'gateway', healthPort: env.GATEWAY_PORT ?? '8080' },
];

let stopping = false;

async function startEmbeddedStorage(): Promise<{ close(): Promise<void> } | undefined> {
  if (env.S3_ENDPOINT) return undefined;
  const directory = join(dataDir, 'objects');
  // Random credentials made at first start, kept beside the data (mode 0600), never well-known defaults.
  const credentialsFile = join(dataDir, 's3-credentials');
  const credentials = embeddedStoreCredentials(credentialsFile);
  const store = await startEmbeddedStore({ directory, port: Number(env.EMBEDDED_S3_PORT ?? 9000), credentials });
  Object.assign(env, { S3_ENDPOINT: store.endpoint, S3_ACCESS_KEY: credentials.accessKeyId, S3_SECRET_KEY: credentials.secretAccessKey });
  logger.info(
    { endpoint: store.endpoint, directory, credentials: credentialsFile },
    'embedded object storage started (signed requests only)',
  );
  return store;
}

async function startDatabase(): Promise<EmbeddedDatabase | undefined> {
  if (env.DATABASE_URL) return undefined;
  const directory = join(dataDir, 'db');
  // Data directories from before the shared database: the registry's becomes the shared one.
  if (!existsSync(directory) && existsSync(join(dataDir, 'registry-db', 'PG_VERSION'))) renameSync(join(dataDir, 'registry-db'), directory);
  const database = await startEmbeddedDatabase(directory, Number(env.EMBEDDED_DB_PORT ?? 0));
  env.DATABASE_URL = database.url;
  logger.info({ url: database.url, directory }, 'embedded database started');
  return database;
}

function launch(service: Service) {
  const child = spawn(process.execPath, [join(distApps, service.app, 'src/main.js')], {
    env: { ...env, DATA_DIR: dataDir },
    stdio: 'inherit',
  });
  service.child = child;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    logger.error({ child: service.name, code, signal }, 'service exited; restarting it');
    setTimeout(() => launch(service), 1000);
  });
}

async function waitReady(service: Service, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${service.healthPort}/readyz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${service.name} did not become ready within ${timeoutMs} ms`);
}

async function stopAll(storage?: { close(): Promise<void> }, database?: EmbeddedDatabase) {
  stopping = true;
  for (const service of [...services].reverse()) {
    const child = service.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    child.kill('SIGKILL');
  }
  await storage?.close();
  await database?.close();
}

/** Mutual TLS between the services: a private CA and certificate made under DATA_DIR/tls at first start, unless given. */
async function internalTls() {
  if (env.GRPC_TLS_CA) return;
  const files = await ensureInternalCertificates(join(dataDir, 'tls'));
  Object.assign(env, { GRPC_TLS_CA: files.ca, GRPC_TLS_CERT: files.cert, GRPC_TLS_KEY: files.key });
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  // Notebook instances reach the gateway beside them.
  env.NOTEBOOK_GATEWAY_URL ??= `http://127.0.0.1:${env.GATEWAY_PORT ?? '8080'}`;
  await internalTls();
  const storage = await startEmbeddedStorage();
  const database = await startDatabase();
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping the platform');
    stopAll(storage, database).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await new ObjectStore({
    S3_ENDPOINT: env.S3_ENDPOINT!,
    S3_ACCESS_KEY: env.S3_ACCESS_KEY ?? '',
    S3_SECRET_KEY: env.S3_SECRET_KEY ?? '',
    S3_BUCKET: env.S3_BUCKET ?? 'modelserve',
    S3_REGION: env.S3_REGION ?? 'us-east-1',
  }).ensureBucket();

  for (const service of services) {
    launch(service);
    await waitReady(service);
  }
  const adminKey = join(dataDir, 'admin-key');
  const keyFile = !env.ADMIN_API_KEY && existsSync(adminKey) ? adminKey : undefined;
  const gateway = `http://localhost:${services.at(-1)!.healthPort}`;
  logger.info(
    { gateway, dataDir, database: database ? 'embedded' : 'postgresql', ...(keyFile ? { adminKey: keyFile } : {}) },
    keyFile ? `modelserve is ready; the admin API key is in ${keyFile}` : 'modelserve is ready',
  );
  if (logFormat() === 'pretty') process.stdout.write(banner(gateway, keyFile, database !== undefined, storage !== undefined));
}

/** What a person needs after `npm start`, in a few lines: where to go, with which key, on what. */
function banner(gateway: string, keyFile: string | undefined, embeddedDatabase: boolean, embeddedStorage: boolean): string {
  const rows: [string, string][] = [
    ['gateway', gateway],
    ['admin key', keyFile ? `${keyFile}   (curl -H "authorization: Bearer $(cat ${keyFile})" ${gateway}/v1/models)` : 'ADMIN_API_KEY'],
    ['database', embeddedDatabase ? `embedded PostgreSQL (PGlite) in ${join(dataDir, 'db')}` : 'PostgreSQL at DATABASE_URL'],
    ['storage', embeddedStorage ? `embedded S3 at ${env.S3_ENDPOINT}, files in ${join(dataDir, 'objects')}` : `S3 at ${env.S3_ENDPOINT}`],
    ['data', dataDir],
    ['stop', 'Ctrl-C'],
  ];
  return `\n  modelserve is ready\n\n${rows.map(([name, value]) => `  ${name.padEnd(10)} ${value}`).join('\n')}\n\n`;
}

main().catch(async (error: unknown) => {
  logger.fatal({ err: error }, 'the platform failed to start');
  await stopAll();
  process.exit(1);
});
