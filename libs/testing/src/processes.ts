import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, fetch as undiciFetch } from 'undici';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from '@modelserve/common';
import { unary, useGrpcTls, workerControlClient } from '@modelserve/contracts';
import { INTERNAL_SERVER_NAME, readInternalTls, type InternalTlsFiles } from '@modelserve/service';
import { TEST_ADMIN_KEY } from './http';
import { TEST_S3_CREDENTIALS } from './s3-server';
import { freePort, waitFor } from './wait';

export const REPO_ROOT = workspaceRoot();

const MAX_LOG_CHARS = 200_000;

/** One service of the platform as a separate Node.js process, started from the build output in dist/. */
export class ServiceProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly name: string,
    private readonly app: string,
    readonly env: Record<string, string>,
    readonly httpPort: number,
    /** For a service that serves HTTPS: the CA its certificate is checked against. */
    private readonly tlsCa?: Buffer,
  ) {}

  /** Fetches from the service's HTTP port, over HTTPS when it serves it. */
  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    if (!this.tlsCa) return fetch(`http://127.0.0.1:${this.httpPort}${path}`, init);
    const dispatcher = new Agent({ connect: { ca: this.tlsCa } });
    return undiciFetch(`https://127.0.0.1:${this.httpPort}${path}`, { ...init, dispatcher } as never) as unknown as Promise<Response>;
  }

  get logs() {
    return this.output;
  }

  /** The process id, while running. */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(readiness: 'readyz' | 'healthz' = 'readyz'): Promise<void> {
    const script = join(REPO_ROOT, 'dist/apps', this.app, 'src/main.js');
    if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
    const child = spawn(process.execPath, [script], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-MAX_LOG_CHARS);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    await waitFor(`${this.name} to be ${readiness === 'readyz' ? 'ready' : 'up'}`, async () => {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode}:\n${this.output.slice(-4000)}`);
      const response = await this.fetch(`/${readiness}`).catch(() => undefined);
      return response?.ok;
    });
  }

  /** Graceful stop (SIGTERM), or a crash (SIGKILL). Resolves when the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** The processes `parent` started (the gateway's processes under its supervisor, say). */
export function childPids(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) children.push(Number(entry));
    } catch {
      // The process ended while being read.
    }
  }
  return children.sort((a, b) => a - b);
}

/** model:version keys a worker process reports loaded, asked over its control service. */
export async function modelsLoadedOn(worker: ServiceProcess): Promise<string[]> {
  const client = workerControlClient(`127.0.0.1:${worker.env.WORKER_GRPC_PORT}`);
  try {
    return (await unary(client, 'ListLoadedModels', {})).models.map((m) => `${m.model}:${m.version}`).sort();
  } finally {
    client.close();
  }
}

/**
 * The run's internal TLS files (test/global-setup.ts makes them), and this test process set to use them
 * too, so that its own gRPC clients reach the platform's services as the services reach each other.
 */
export function testGrpcTls(): InternalTlsFiles {
  const dir = process.env.TEST_GRPC_TLS_DIR;
  if (!dir) throw new Error('TEST_GRPC_TLS_DIR is not set: run tests through jest (test/global-setup.ts makes the certificates)');
  const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'service.pem'), key: join(dir, 'service-key.pem') };
  useGrpcTls({ ...readInternalTls(files), serverName: INTERNAL_SERVER_NAME });
  return files;
}

export interface PlatformOptions {
  databaseUrl: string;
  s3Endpoint: string;
  bucket: string;
  workers?: number;
  dataDir?: string;
  extraEnv?: Record<string, string>;
}

export interface Platform {
  gatewayUrl: string;
  registry: ServiceProcess;
  workers: ServiceProcess[];
  batch: ServiceProcess;
  gateway: ServiceProcess;
  all(): ServiceProcess[];
  /** Starts one more batch instance on the same database and registry (they share jobs). */
  addBatch(): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

/** The four services as separate processes on free loopback ports, against the given PostgreSQL and S3 server. */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'modelserve-e2e-'));
  const registryGrpc = await freePort();
  const batchGrpc = await freePort();
  const gatewayPort = await freePort();
  const tls = testGrpcTls();
  const shared: Record<string, string> = {
    GRPC_TLS_CA: tls.ca,
    GRPC_TLS_CERT: tls.cert,
    GRPC_TLS_KEY: tls.key,
    DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl,
    S3_ENDPOINT: options.s3Endpoint,
    S3_BUCKET: options.bucket,
    S3_ACCESS_KEY: TEST_S3_CREDENTIALS.accessKeyId,
    S3_SECRET_KEY: TEST_S3_CREDENTIALS.secretAccessKey,
    REGISTRY_ADDRESS: `127.0.0.1:${registryGrpc}`,
    BATCH_ADDRESS: `127.0.0.1:${batchGrpc}`,
    NOTEBOOK_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}`,
    WORKER_TTL_MS: '3000',
    HEARTBEAT_INTERVAL_MS: '500',
    RECONCILE_INTERVAL_MS: '500',
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    ...options.extraEnv,
  };
  const registryHttp = await freePort();
  const registry = new ServiceProcess(
    'registry',
    'registry',
    { ...shared, REGISTRY_GRPC_PORT: String(registryGrpc), REGISTRY_HTTP_PORT: String(registryHttp) },
    registryHttp,
  );
  const workers: ServiceProcess[] = [];
  for (let i = 0; i < (options.workers ?? 1); i++) {
    const grpcPort = await freePort();
    const httpPort = await freePort();
    workers.push(
      new ServiceProcess(
        `worker-${i}`,
        'inference-worker',
        { ...shared, WORKER_ID: `worker-${i}`, WORKER_GRPC_PORT: String(grpcPort), WORKER_HTTP_PORT: String(httpPort) },
        httpPort,
      ),
    );
  }
  const batchProcess = async (name: string, grpcPort: number) => {
    const httpPort = await freePort();
    return new ServiceProcess(name, 'batch', { ...shared, BATCH_GRPC_PORT: String(grpcPort), BATCH_HTTP_PORT: String(httpPort) }, httpPort);
  };
  const batch = await batchProcess('batch', batchGrpc);
  const extraBatches: ServiceProcess[] = [];
  const gateway = new ServiceProcess(
    'gateway',
    'gateway',
    { ...shared, GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: String(gatewayPort), GATEWAY_GRPC_PORT: String(await freePort()) },
    gatewayPort,
  );

  const all = () => [registry, ...workers, batch, ...extraBatches, gateway];
  try {
    await registry.start();
    await Promise.all(workers.map((w) => w.start()));
    await Promise.all([batch.start(), gateway.start()]);
  } catch (error) {
    await Promise.all(all().map((s) => s.stop('SIGKILL')));
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    registry,
    workers,
    batch,
    gateway,
    all,
    addBatch: async () => {
      const another = await batchProcess(`batch-${extraBatches.length + 1}`, await freePort());
      extraBatches.push(another);
      await another.start();
      return another;
    },
    stop: async () => {
      await Promise.all(all().map((s) => s.stop()));
    },
  };
}
