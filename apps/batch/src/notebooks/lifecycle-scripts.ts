import { spawnHost } from '../training/process-runner';
import { describeExit, InstanceStartError, NOTEBOOK_RUN_MARKER } from './jupyter-server';

/** Output of a failed script kept in the instance's failure reason. */
const MAX_REASON_OUTPUT_CHARS = 2000;

export interface LifecycleRun {
  /** OnCreate or OnStart, as SageMaker names them. */
  which: 'OnCreate' | 'OnStart';
  /** The script's base64, as it was configured. */
  base64: string;
  directory: string;
  environment: Record<string, string>;
  runId: string;
  timeoutMs: number;
  onLine: (line: string) => void;
}

/**
 * Runs a lifecycle script with bash in the instance's working directory and environment, in a process
 * group that is killed when the script runs past `timeoutMs`. Resolves when it exits 0.
 */
export async function runLifecycleScript(run: LifecycleRun): Promise<void> {
  const script = Buffer.from(run.base64, 'base64').toString('utf8');
  const output: string[] = [];
  let timedOut = false;
  const host = spawnHost(['/bin/bash', '-c', script, `lifecycle-${run.which}`], {
    cwd: run.directory,
    environment: run.environment,
    runId: run.runId,
    marker: NOTEBOOK_RUN_MARKER,
    onLine: (_stream, line) => {
      output.push(line);
      run.onLine(line);
    },
  });
  const timer = setTimeout(() => {
    timedOut = true;
    host.signalGroup('SIGKILL');
  }, run.timeoutMs);
  const exit = await host.exited;
  clearTimeout(timer);
  if (!timedOut && exit.code === 0) return;
  const printed = output.join('\n').slice(-MAX_REASON_OUTPUT_CHARS);
  const how = timedOut ? `ran over ${Math.round(run.timeoutMs / 1000)} s and was stopped` : `failed (${describeExit(exit)})`;
  throw new InstanceStartError(`the ${run.which} lifecycle script ${how}${printed ? `; its output:\n${printed}` : ' without output'}`);
}
