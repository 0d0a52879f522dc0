import { parentDeathSignalPrefix } from '@modelserve/common';
import { spawn } from 'node:child_process';
import { killLeftoverProcesses, spawnHost, type HostExit } from '../training/process-runner';

/** The variable that marks a notebook run's processes (kernels start sessions of their own, so a group is not enough). */
export const NOTEBOOK_RUN_MARKER = 'MODELSERVE_NOTEBOOK_RUN';

/** An instance could not start (its server or a lifecycle script failed): the message is its failure reason. */
export class InstanceStartError extends Error {}

/** Lines of the server's output kept for a failure reason. */
const OUTPUT_LINES_KEPT = 40;

export interface JupyterLaunch {
  /** The jupyter command (Debian's /usr/bin/jupyter by default). */
  command: string;
  directory: string;
  /** The path the gateway serves the instance under, which the server serves too: /notebooks/<name>/. */
  basePath: string;
  host: string;
  /** The host the gateway reaches the server at; `host` unless set. */
  advertisedHost?: string;
  port: number;
  token: string;
  environment: Record<string, string>;
  runId: string;
  onLine: (line: string) => void;
}

export interface JupyterKernel {
  id: string;
  last_activity: string;
  execution_state: string;
}

/**
 * One classic Jupyter Notebook server (`jupyter notebook`), serving `directory` on host:port under the
 * gateway's path for the instance, with a token of its own. It accepts any Host header: the gateway
 * passes the browser's on (the server's WebSocket origin check compares the two), and the server is
 * reachable on loopback only.
 */
export class JupyterServer {
  private readonly output: string[] = [];
  readonly exited: Promise<HostExit>;
  private readonly signalGroup: (signal: NodeJS.Signals) => void;
  readonly address: string;

  constructor(private readonly launch: JupyterLaunch) {
    this.address = `http://${launch.advertisedHost ?? launch.host}:${launch.port}`;
    const args = [
      'notebook',
      '--no-browser',
      `--ip=${launch.host}`,
      `--port=${launch.port}`,
      '--port-retries=0',
      `--notebook-dir=${launch.directory}`,
      `--NotebookApp.base_url=${launch.basePath}`,
      `--NotebookApp.token=${launch.token}`,
      '--NotebookApp.password=',
      '--NotebookApp.allow_remote_access=True',
      '--NotebookApp.quit_button=False',
      // The service's own user, root in a container: the server runs as it does.
      ...(process.getuid?.() === 0 ? ['--allow-root'] : []),
    ];
    const host = spawnHost([...parentDeathSignalPrefix(), launch.command, ...args], {
      cwd: launch.directory,
      environment: launch.environment,
      runId: launch.runId,
      marker: NOTEBOOK_RUN_MARKER,
      onLine: (_stream, line) => {
        this.output.push(line);
        if (this.output.length > OUTPUT_LINES_KEPT) this.output.shift();
        launch.onLine(line);
      },
    });
    this.exited = host.exited;
    this.signalGroup = host.signalGroup;
  }

  /** The last lines the server printed, for a failure reason. */
  recentOutput(): string {
    return this.output.join('\n');
  }

  /** Resolves once the server answers its status API; rejects if it exits first or takes longer than `timeoutMs`. */
  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited: HostExit | undefined;
    void this.exited.then((exit) => (exited = exit));
    while (Date.now() < deadline) {
      if (exited)
        throw new InstanceStartError(`the Jupyter server exited (${describeExit(exited)}) before it answered:\n${this.recentOutput()}`);
      if (
        await this.api('status').then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new InstanceStartError(`the Jupyter server did not answer within ${Math.round(timeoutMs / 1000)} s:\n${this.recentOutput()}`);
  }

  kernels(): Promise<JupyterKernel[]> {
    return this.api('kernels') as Promise<JupyterKernel[]>;
  }

  private async api(path: string): Promise<unknown> {
    const response = await fetch(`${this.address}${this.launch.basePath}api/${path}`, {
      headers: { authorization: `token ${this.launch.token}` },
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`the Jupyter server answered ${response.status} to api/${path}`);
    return response.json();
  }

  /**
   * Stops the server (SIGTERM: it shuts its kernels down), SIGKILL after `graceMs`, then ends whatever
   * of the run is left (kernels start sessions of their own).
   */
  async stop(graceMs: number): Promise<HostExit> {
    this.signalGroup('SIGTERM');
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    await killLeftoverProcesses(this.launch.runId, NOTEBOOK_RUN_MARKER);
    return exit;
  }
}

export const describeExit = (exit: HostExit) =>
  exit.error ?? (exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code ?? 'unknown'}`);

/** The version of `jupyter notebook` the command runs, or undefined where it is missing. */
export function jupyterVersion(command: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, ['notebook', '--version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', () => resolve(undefined));
    child.once('exit', (code) => resolve(code === 0 && /^\d+\.\d+/.test(output.trim()) ? output.trim() : undefined));
  });
}
