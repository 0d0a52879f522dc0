import { AppError } from '@modelserve/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The program every instance runs (compiled next to this file). */
const HOST_SCRIPT = join(__dirname, 'sandbox-host.js');
/** How long a handler module may take to load (Lambda's init phase has 10 s). */
const INIT_TIMEOUT_MS = 10_000;
/** How often a running instance's memory is read. */
const MEMORY_CHECK_MS = 100;

export interface InstanceSpec {
  functionName: string;
  version: string;
  codeDir: string;
  handler: string;
  memoryMB: number;
  environment: Record<string, string>;
  /** The command (and its arguments) that the node process is started under, e.g. `unshare -rn`. */
  sandboxPrefix: readonly string[];
}

/** An invocation's outcome: the handler's JSON answer, or why there is none. */
export type InvocationOutcome =
  | { ok: true; payload: string }
  | { ok: false; kind: 'error'; error: { errorType: string; errorMessage: string; trace: string[] } }
  | { ok: false; kind: 'timeout' | 'memory' | 'exited'; message: string };

export interface LogLine {
  stream: string;
  message: string;
}

export interface EndpointCall {
  callId: number;
  endpointName: string;
  body: Buffer;
  contentType?: string;
  accept?: string;
  targetVariant?: string;
  inferenceId?: string;
}

export interface InvocationHooks {
  onLog(line: LogLine): void;
  /** The function asks to invoke an endpoint; the answer goes back to it. */
  onEndpointCall(call: EndpointCall): Promise<{ body: Buffer; contentType: string; variant: string }>;
}

interface Running {
  id: string;
  hooks: InvocationHooks;
  settle(outcome: InvocationOutcome): void;
}

/**
 * One process running one function version, one invocation at a time. It is started under Node's
 * permission model: it may read its own code and nothing else, write nothing, start no process or
 * thread and load no addon; its environment holds the function's variables only. Past its time the
 * process is killed, and so it is when its resident memory passes the function's memory size; either
 * way the instance is finished and its caller told why.
 */
export class FunctionInstance {
  private child?: ChildProcess;
  private running?: Running;
  private exited = false;
  private stderrTail = '';
  /** Resident memory at its highest during the last invocation, in MB. */
  maxMemoryMB = 0;

  constructor(private readonly spec: InstanceSpec) {}

  get alive(): boolean {
    return !this.exited;
  }

  /** Starts the process and loads the handler: the cold start, in milliseconds. */
  async start(): Promise<number> {
    const { spec } = this;
    const started = performance.now();
    const nodeArgs = [
      '--experimental-permission',
      `--allow-fs-read=${HOST_SCRIPT}`,
      `--allow-fs-read=${spec.codeDir}/*`,
      `--max-old-space-size=${spec.memoryMB}`,
      '--no-warnings',
      HOST_SCRIPT,
      spec.codeDir,
      spec.handler,
    ];
    const [command, ...prefixArgs] = [...spec.sandboxPrefix, process.execPath];
    const child = spawn(command, [...prefixArgs, ...nodeArgs], {
      cwd: spec.codeDir,
      env: {
        ...spec.environment,
        AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
        AWS_LAMBDA_FUNCTION_VERSION: spec.version,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMB),
        LAMBDA_TASK_ROOT: spec.codeDir,
        TZ: 'UTC',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    this.child = child;
    child.stdout!.setEncoding('utf8').on('data', (text: string) => this.output('stdout', text));
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-4096);
      this.output('stderr', text);
    });
    child.on('message', (message: Record<string, unknown>) => this.onMessage(message));
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new AppError('FunctionError', `the function's handler did not load within ${INIT_TIMEOUT_MS / 1000} s`));
      }, INIT_TIMEOUT_MS);
      const onReady = (message: { type?: string; error?: { errorType: string; errorMessage: string } }) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(performance.now() - started);
        } else if (message.type === 'initError') {
          clearTimeout(timer);
          this.kill();
          reject(
            new AppError(
              'FunctionError',
              `the function's handler cannot be loaded: ${message.error?.errorType}: ${message.error?.errorMessage}`,
            ),
          );
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        clearTimeout(timer);
        reject(
          new AppError(
            'FunctionError',
            `the function's process ended while loading (${signal ?? `exit code ${code}`}): ${this.stderrTail.trim().slice(-500)}`,
          ),
        );
      };
      child.on('message', onReady);
      child.once('exit', onExit);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new AppError('FunctionError', `the function's process cannot start: ${error.message}`));
      });
      child.once('exit', () => this.onExit());
    });
  }

  /** Runs one invocation; never rejects (every failure is an outcome). */
  invoke(
    id: string,
    event: unknown,
    context: Record<string, unknown>,
    timeoutMs: number,
    hooks: InvocationHooks,
  ): Promise<InvocationOutcome> {
    return new Promise((resolve) => {
      if (this.exited || !this.child) return resolve({ ok: false, kind: 'exited', message: 'the function instance has ended' });
      this.maxMemoryMB = 0;
      const memoryTimer = setInterval(() => void this.checkMemory(), MEMORY_CHECK_MS);
      const deadline = setTimeout(() => {
        this.kill();
        settle({ ok: false, kind: 'timeout', message: `the function timed out after ${(timeoutMs / 1000).toFixed(2)} seconds` });
      }, timeoutMs);
      const settle = (outcome: InvocationOutcome) => {
        if (this.running?.id !== id) return;
        this.running = undefined;
        // One reading at the end, for invocations shorter than the checks' interval.
        this.recordMemory(this.exited ? '' : readProcStatus(this.child?.pid));
        clearTimeout(deadline);
        clearInterval(memoryTimer);
        resolve(outcome);
      };
      this.running = { id, hooks, settle };
      this.child.send({ type: 'invoke', id, event, context });
    });
  }

  kill(): void {
    if (!this.exited) this.child?.kill('SIGKILL');
  }

  private async checkMemory() {
    const pid = this.child?.pid;
    if (!pid || !this.running) return;
    const rssMB = this.recordMemory(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''));
    if (rssMB > this.spec.memoryMB && this.running) {
      const { settle } = this.running;
      this.kill();
      settle({ ok: false, kind: 'memory', message: `the function used more than its ${this.spec.memoryMB} MB of memory` });
    }
  }

  /** Resident memory (MB) from a /proc status text, kept when it is the highest yet. */
  private recordMemory(status: string): number {
    const rssMB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    this.maxMemoryMB = Math.max(this.maxMemoryMB, rssMB);
    return rssMB;
  }

  private output(stream: string, text: string) {
    for (const line of text.split('\n')) if (line) this.running?.hooks.onLog({ stream, message: line });
  }

  private onMessage(message: Record<string, unknown>) {
    const running = this.running;
    if (!running || message.id !== running.id) return;
    switch (message.type) {
      case 'log':
        running.hooks.onLog({ stream: String(message.stream), message: String(message.message) });
        break;
      case 'result':
        running.settle(
          message.ok
            ? { ok: true, payload: String(message.payload) }
            : { ok: false, kind: 'error', error: message.error as { errorType: string; errorMessage: string; trace: string[] } },
        );
        break;
      case 'invokeEndpoint': {
        const call = message as unknown as EndpointCall;
        running.hooks.onEndpointCall(call).then(
          (answer) => this.child?.connected && this.child.send({ type: 'endpointResult', callId: call.callId, ok: true, ...answer }),
          (error: unknown) =>
            this.child?.connected &&
            this.child.send({
              type: 'endpointResult',
              callId: call.callId,
              ok: false,
              error: { code: error instanceof AppError ? error.code : 'Internal', message: (error as Error).message },
            }),
        );
        break;
      }
    }
  }

  private onExit() {
    this.exited = true;
    const outOfMemory = /heap out of memory|Allocation failed/i.test(this.stderrTail);
    this.running?.settle(
      outOfMemory
        ? { ok: false, kind: 'memory', message: `the function used more than its ${this.spec.memoryMB} MB of memory` }
        : {
            ok: false,
            kind: 'exited',
            message: `the function's process ended during the invocation: ${this.stderrTail.trim().slice(-300) || 'no output'}`,
          },
    );
  }
}

function readProcStatus(pid: number | undefined): string {
  try {
    return pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  } catch {
    return '';
  }
}
