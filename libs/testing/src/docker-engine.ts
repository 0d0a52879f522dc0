import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from './wait';

const run = promisify(execFile);

export interface DockerEngine {
  /** unix:// address of its socket, for DOCKER_HOST. */
  host: string;
  /** Runs the docker client against this engine; its standard output. */
  docker(args: string[], input?: Buffer): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A Docker engine of its own for a test: Debian's dockerd (run as root) with its data, state and
 * socket in a fresh directory, so that nothing is shared with any other engine on the machine.
 */
export async function startDockerEngine(): Promise<DockerEngine> {
  const directory = mkdtempSync(join(tmpdir(), 'modelserve-docker-'));
  const socket = join(directory, 'docker.sock');
  const host = `unix://${socket}`;
  const daemon = spawn(
    'dockerd',
    [
      '--data-root',
      join(directory, 'root'),
      '--exec-root',
      join(directory, 'exec'),
      '--host',
      host,
      '--pidfile',
      join(directory, 'docker.pid'),
      // Containers of the tests use the host's network or none: no bridge, no iptables rules.
      '--bridge',
      'none',
      '--iptables=false',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  daemon.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => daemon.once('exit', () => resolve()));
  const docker = async (args: string[], input?: Buffer) => {
    if (input === undefined) return (await run('docker', ['--host', host, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout;
    return new Promise<string>((resolve, reject) => {
      const client = spawn('docker', ['--host', host, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      client.stdout.on('data', (c: Buffer) => (out += c.toString()));
      client.stderr.on('data', (c: Buffer) => (err += c.toString()));
      client.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`docker ${args.join(' ')}: ${err}`))));
      client.stdin.end(input);
    });
  };
  await waitFor(
    `dockerd at ${socket} (log: ${log.slice(-500)})`,
    async () => {
      if (daemon.exitCode !== null) throw new Error(`dockerd exited: ${log.slice(-2000)}`);
      return docker(['info', '--format', '{{.ServerVersion}}']).then(
        () => true,
        () => undefined,
      );
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  return {
    host,
    docker,
    stop: async () => {
      daemon.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (daemon.exitCode === null) {
        daemon.kill('SIGKILL');
        await exited;
      }
      // dockerd leaves its network namespace mount behind; the directory cannot be removed before it goes.
      for (const mount of readFileSync('/proc/mounts', 'utf8').split('\n')) {
        const point = mount.split(' ')[1];
        if (point?.startsWith(directory)) {
          try {
            execFileSync('umount', ['-l', point]);
          } catch {
            // Gone already.
          }
        }
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Builds an image holding the machine's own Python 3 (its interpreter, the shared libraries it needs
 * and its standard library) and imports it into the engine as `tag`: a real image for training code
 * that uses the standard library only, made without a registry or a network.
 */
export async function buildPythonImage(engine: DockerEngine, tag: string): Promise<void> {
  const interpreter = realpathSync('/usr/bin/python3');
  const version = /python(\d+\.\d+)$/.exec(interpreter)?.[1];
  if (!version) throw new Error(`cannot tell the version of ${interpreter}`);
  const root = mkdtempSync(join(tmpdir(), 'modelserve-python-image-'));
  try {
    const copy = (file: string) => {
      mkdirSync(join(root, dirname(file)), { recursive: true });
      copyFileSync(realpathSync(file), join(root, file));
    };
    copy(interpreter);
    symlinkSync(`python${version}`, join(root, 'usr/bin/python3'));
    const libraries = new Set<string>();
    const libraryFolder = `/usr/lib/python${version}/lib-dynload`;
    for (const binary of [interpreter, ...execFileSync('find', [libraryFolder, '-name', '*.so']).toString().split('\n').filter(Boolean)]) {
      for (const match of execFileSync('ldd', [binary])
        .toString()
        .matchAll(/(\/\S+\.so[.\d]*)/g))
        libraries.add(match[1]);
    }
    for (const library of libraries) if (existsSync(library)) copy(library);
    execFileSync('sh', [
      '-c',
      `tar -C / -cf - --exclude='usr/lib/python${version}/test' --exclude='__pycache__' usr/lib/python${version} | tar -C '${root}' -xf -`,
    ]);
    mkdirSync(join(root, 'tmp'), { mode: 0o1777 });
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    const archive = execFileSync('tar', ['-C', root, '-c', '.'], { maxBuffer: 1024 * 1024 * 1024 });
    await engine.docker(['import', '-', tag], archive);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
