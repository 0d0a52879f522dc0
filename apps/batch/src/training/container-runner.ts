import { AppError } from '@modelserve/common';
import { execFile } from 'node:child_process';
import { constants } from 'node:os';
import { promisify } from 'node:util';
import {
  inheritedEnvironment,
  killLeftoverProcesses,
  spawnHost,
  type HostLaunch,
  type HostProcess,
  type TrainingHostRunner,
} from './process-runner';

const run = promisify(execFile);

/** The label that marks a run's containers, so that a service restarted after a crash can remove them. */
export const RUN_LABEL = 'modelserve.training-run';
/** Where a container sees the contract's root, as in SageMaker. */
export const CONTAINER_ROOT = '/opt/ml';
/** docker run's own exit code when the container could not be created or started. */
const DOCKER_RUN_FAILED = 125;

export interface ContainerSettings {
  dockerHost: string;
  cli: string;
  cpus: number;
  memoryMb: number;
}

/**
 * Runs each host of a job in a container of the Docker engine at `dockerHost`, through the docker
 * command-line client: /opt/ml holds the host's directory with the channels (read-only), the
 * checkpoints and the code bound into it; CPUs and memory are limited (swap included); the container
 * shares the machine's network, so that distributed training finds rank 0 on loopback, and runs as
 * the service's user, so that what it writes belongs to the service. The code's output is the
 * container's, streamed through `docker run`.
 */
export class ContainerRunner implements TrainingHostRunner {
  readonly contractRoot = CONTAINER_ROOT;
  readonly cpus: number;

  constructor(private readonly settings: ContainerSettings) {
    this.cpus = Math.max(1, Math.floor(settings.cpus));
  }

  launch({ host, command, environment, runId, onLine, image, mounts = [], workdir, cwd }: HostLaunch): HostProcess {
    const name = containerName(runId, host);
    const user = typeof process.getuid === 'function' ? [`--user`, `${process.getuid()}:${process.getgid!()}`] : [];
    const args = [
      'run',
      '--rm',
      '--name',
      name,
      '--label',
      `${RUN_LABEL}=${runId}`,
      '--network',
      'host',
      '--cpus',
      String(this.settings.cpus),
      '--memory',
      `${this.settings.memoryMb}m`,
      '--memory-swap',
      `${this.settings.memoryMb}m`,
      ...user,
      ...mounts.flatMap((m) => ['--mount', `type=bind,source=${m.source},target=${m.target}${m.readOnly ? ',readonly' : ''}`]),
      ...(workdir ? ['--workdir', workdir] : []),
      // Names only: the values come from the client's environment, so they never show in a process list.
      ...Object.keys(environment).flatMap((variable) => ['--env', variable]),
      // A command replaces the image's entrypoint; without one, the image runs as SageMaker runs it: with "train".
      ...(command.length ? ['--entrypoint', command[0], image!, ...command.slice(1)] : [image!, 'train']),
    ];
    const client = spawnHost([this.settings.cli, ...args], {
      cwd,
      runId,
      onLine,
      environment: { ...inheritedEnvironment(), ...environment, DOCKER_HOST: this.settings.dockerHost },
    });
    const exited = client.exited.then((exit) => {
      if (exit.code === DOCKER_RUN_FAILED)
        return { ...exit, error: 'the container could not be started (see the log for what docker said)' };
      // docker run answers 128 + n when the container's process ended by signal n.
      const signal = exit.code !== null && exit.code > 128 ? signalName(exit.code - 128) : undefined;
      return signal ? { code: exit.code, signal } : exit;
    });
    return {
      pid: client.pid,
      exited,
      signal: (signal) => void this.docker(['kill', '--signal', signal, name]).catch(() => undefined),
    };
  }

  /** Removes the containers of a run and ends its processes (its docker clients, or a process run's code). */
  async cleanUp(runId: string): Promise<number> {
    const killed = await killLeftoverProcesses(runId);
    const { stdout } = await this.docker(['ps', '--all', '--quiet', '--filter', `label=${RUN_LABEL}=${runId}`]);
    const ids = stdout.split('\n').filter(Boolean);
    if (ids.length > 0) await this.docker(['rm', '--force', ...ids]);
    return killed + ids.length;
  }

  /** The runs that have containers on the engine. */
  async runsWithContainers(): Promise<string[]> {
    const { stdout } = await this.docker(['ps', '--all', '--format', `{{.Label "${RUN_LABEL}"}}`, '--filter', `label=${RUN_LABEL}`]);
    return [...new Set(stdout.split('\n').filter(Boolean))];
  }

  /** Refuses an image the engine does not have (no registry is assumed to be reachable). */
  async checkImage(image: string, field: string): Promise<void> {
    try {
      await this.docker(['image', 'inspect', '--format', '{{.Id}}', image]);
    } catch (error) {
      const said = String((error as { stderr?: string }).stderr ?? error);
      if (/no such image/i.test(said)) {
        throw new AppError('InvalidRequest', `${field}: the Docker engine has no image ${image}; build or load it there first`);
      }
      throw new AppError('Unavailable', `${field}: the Docker engine could not be asked about ${image}: ${said.trim().slice(0, 300)}`);
    }
  }

  private docker(args: string[]) {
    return run(this.settings.cli, args, { env: { ...inheritedEnvironment(), DOCKER_HOST: this.settings.dockerHost }, timeout: 60_000 });
  }
}

/** Unique per run and host, and a valid container name. */
export const containerName = (runId: string, host: string) => `modelserve-${runId}-${host}`;

function signalName(number: number): NodeJS.Signals | undefined {
  return (Object.entries(constants.signals) as [NodeJS.Signals, number][]).find(([, n]) => n === number)?.[0];
}
