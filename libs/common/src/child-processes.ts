import { spawnSync } from 'node:child_process';

/** Whether `command` runs here (`command ... true` exits 0): a tool that is missing or not permitted does not. */
export function commandRuns(command: readonly string[]): boolean {
  return spawnSync(command[0], [...command.slice(1), 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0;
}

let deathSignal: string[] | undefined;

/**
 * The prefix under which a child process gets SIGKILL when the process that started it dies, even
 * when that is killed outright (setpriv's parent-death signal); empty where setpriv is missing.
 */
export function parentDeathSignalPrefix(): string[] {
  deathSignal ??= commandRuns(['setpriv', '--pdeathsig', 'KILL']) ? ['setpriv', '--pdeathsig', 'KILL'] : [];
  return deathSignal;
}
