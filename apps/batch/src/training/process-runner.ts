import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** The variable that marks a run's processes, so that a service restarted after a crash can find and end them. */
export const RUN_MARKER_VARIABLE = 'MODELSERVE_TRAINING_RUN';

export type OutputStream = 'stdout' | 'stderr';

export interface HostLaunch {
  host: string;
  command: string[];
  cwd: string;
  environment: Record<string, string>;
  /** Unique per run of a job; set in the processes' environment. */
  runId: string;
  /**
   * Takes each line the code prints. A promise back means "wait": the output is not read until it
   * settles, so that a job printing faster than its lines are stored is slowed down (its writes block)
   * instead of filling the service's memory.
   */
  onLine: (stream: OutputStream, line: string) => Promise<void> | void;
  /** For a container: its image, the job's directories bound into it, and the working directory in it. */
  image?: string;
  mounts?: Mount[];
  workdir?: string;
}

export interface HostExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the program could not be started at all (not found, not executable). */
  error?: string;
}

export interface HostProcess {
  pid: number;
  /** Resolves once the process has exited and its output has been read to the end. */
  exited: Promise<HostExit>;
  /** Signals the host's whole process group (the code's own children too). */
  signal(signal: NodeJS.Signals): void;
}

/** A directory of the job bound into a container at `target`. */
export interface Mount {
  source: string;
  target: string;
  readOnly?: boolean;
}

/** Runs one host of a training job: as a local process, or in a container. */
export interface TrainingHostRunner {
  /** Where the contract's root is as the code sees it: /opt/ml in a container; unset for the job's own directory. */
  readonly contractRoot?: string;
  /** CPUs each host gets (SM_NUM_CPUS); unset: the machine's. */
  readonly cpus?: number;
  launch(launch: HostLaunch): HostProcess;
  /** Ends whatever is left of a run of this service that stopped without ending it; how many it ended. */
  cleanUp(runId: string): Promise<number>;
}

/** Longest line kept from a job's output; longer ones are cut (the rest of the output is unaffected). */
const MAX_LINE_CHARS = 16 * 1024;

/** PATH, HOME and the locale of the service: the only settings of its own a job's code gets. */
export function inheritedEnvironment(): Record<string, string> {
  return Object.fromEntries(
    ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
  );
}

/**
 * Starts a program in a process group of its own with `environment` and nothing else, streams its
 * output line by line, and resolves `exited` once it has exited and its output is read to the end.
 */
export function spawnHost(
  command: string[],
  {
    cwd,
    environment,
    runId,
    onLine,
    marker = RUN_MARKER_VARIABLE,
  }: Pick<HostLaunch, 'cwd' | 'environment' | 'runId' | 'onLine'> & { marker?: string },
): { pid: number; exited: Promise<HostExit>; signalGroup(signal: NodeJS.Signals): void } {
  const child = spawn(command[0], command.slice(1), {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...environment, [marker]: runId },
  });
  const streams = (['stdout', 'stderr'] as const).map(
    (name) =>
      new Promise<void>((done) => {
        const lines = createInterface({ input: child[name], crlfDelay: Infinity });
        lines.on('line', (line) => {
          const wait = onLine(name, line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line);
          if (!wait) return;
          lines.pause();
          void wait.catch(() => undefined).then(() => lines.resume());
        });
        lines.on('close', done);
      }),
  );
  const exited = new Promise<HostExit>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error: error.message }));
    child.once('exit', (code, signal) => void Promise.all(streams).then(() => resolve({ code, signal })));
  });
  return {
    pid: child.pid ?? -1,
    exited,
    signalGroup: (signal) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group has exited already.
      }
    },
  };
}

/**
 * The embedded runner: each host is a child process in a process group of its own, with a clean
 * environment (PATH, HOME, LANG and the contract's variables; none of the service's settings or
 * credentials) and the job's directory as its working directory.
 */
export class LocalProcessRunner implements TrainingHostRunner {
  launch({ command, cwd, environment, runId, onLine }: HostLaunch): HostProcess {
    // Python buffers its output when it is not a terminal; metrics and logs should arrive as printed.
    const host = spawnHost(command, {
      cwd,
      runId,
      onLine,
      environment: { ...inheritedEnvironment(), PYTHONUNBUFFERED: '1', ...environment },
    });
    return { pid: host.pid, exited: host.exited, signal: host.signalGroup };
  }

  cleanUp(runId: string): Promise<number> {
    return killLeftoverProcesses(runId);
  }
}

/** The processes on this machine that carry a run marker (`marker`, training runs' by default), by run. */
export async function markedProcesses(marker = RUN_MARKER_VARIABLE): Promise<Map<string, number[]>> {
  const prefix = `${marker}=`;
  const runs = new Map<string, number[]>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = await readFile(`/proc/${entry}/environ`, 'latin1').catch(() => undefined);
    const variable = environ?.split('\0').find((v) => v.startsWith(prefix));
    if (!variable) continue;
    const runId = variable.slice(prefix.length);
    runs.set(runId, [...(runs.get(runId) ?? []), Number(entry)]);
  }
  return runs;
}

/**
 * Kills every process left from a run this service started before it crashed: those whose
 * environment carries the run's marker (children of the code included, wherever they are now).
 */
export async function killLeftoverProcesses(runId: string, marker = RUN_MARKER_VARIABLE): Promise<number> {
  let killed = 0;
  for (const pid of (await markedProcesses(marker)).get(runId) ?? []) {
    try {
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // Gone already.
    }
  }
  return killed;
}

/** A port free on `host` now, for a process to listen on (rank 0 of a distributed job, a notebook server). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
