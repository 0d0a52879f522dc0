/**
 * The program a function instance runs: a Node.js process started by the gateway (function-instance.ts)
 * under the permission model, that loads the function's handler once and then runs one invocation at a
 * time as the gateway asks, over the IPC channel. It imports Node's built-in modules only: it may read
 * nothing but itself and the function's code.
 *
 *   node --experimental-permission --allow-fs-read=<this file> --allow-fs-read=<code>/* sandbox-host.js <code dir> <handler>
 */
import { createRequire, builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

/** Modules that reach processes, the network or the runtime's internals: not for functions. */
const REFUSED_MODULES = new Set([
  'child_process',
  'cluster',
  'worker_threads',
  'net',
  'tls',
  'dgram',
  'dns',
  'http',
  'https',
  'http2',
  'inspector',
  'repl',
  'vm',
  'v8',
  'wasi',
  'trace_events',
  'module',
]);

interface InvokeMessage {
  type: 'invoke';
  id: string;
  event: unknown;
  context: { awsRequestId: string; deadlineMs: number; functionName: string; functionVersion: string; memoryLimitInMB: number };
}
interface EndpointAnswer {
  type: 'endpointResult';
  callId: number;
  ok: boolean;
  body?: Uint8Array;
  contentType?: string;
  variant?: string;
  error?: { code: string; message: string };
}

const send = (message: unknown) => process.send!(message);
let currentId: string | undefined;

function refuseModule(name: string): never {
  throw Object.assign(new Error(`module "${name}" is not available to functions: they reach the platform only through context.platform`), {
    code: 'ERR_MODULE_REFUSED',
  });
}

/** Console output goes over the IPC channel, in order with the result, tagged with its invocation. */
function captureConsole() {
  const write =
    (stream: 'stdout' | 'stderr') =>
    (...args: unknown[]) =>
      send({ type: 'log', id: currentId, stream, message: format(...args) });
  console.log = console.info = console.debug = write('stdout');
  console.warn = console.error = console.trace = write('stderr');
}

/**
 * Takes away what the permission model leaves: ending the process (which would look like a crash), sending
 * signals to others, and the network (the gateway also starts instances in a network namespace of their
 * own where it can).
 */
function lockDown() {
  const refuse = (what: string) => () => {
    throw new Error(`${what} is not allowed in a function`);
  };
  const proc = process as unknown as Record<string, unknown>;
  for (const name of ['exit', 'reallyExit', 'abort']) proc[name] = refuse(`process.${name}`);
  for (const name of ['kill', '_kill']) proc[name] = refuse('process.kill');
  for (const name of ['fetch', 'WebSocket', 'EventSource']) delete (globalThis as Record<string, unknown>)[name];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    const bare = request.startsWith('node:') ? request.slice(5) : request;
    if (REFUSED_MODULES.has(bare.split('/')[0]) && (builtinModules.includes(bare) || request.startsWith('node:'))) refuseModule(bare);
    return load.call(this, request, ...rest);
  };
}

async function loadHandler(codeDir: string, handler: string): Promise<(...args: unknown[]) => unknown> {
  const dot = handler.lastIndexOf('.');
  const file = handler.slice(0, dot);
  const exportName = handler.slice(dot + 1);
  const requireFromCode = createRequire(join(codeDir, 'index.js'));
  let module: Record<string, unknown>;
  try {
    module = requireFromCode(join(codeDir, file)) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_REQUIRE_ESM' && (error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    // An ES module (.mjs, or "type": "module"): imported instead.
    const path = [join(codeDir, file + '.mjs'), join(codeDir, file + '.js')].find((p) => {
      try {
        requireFromCode.resolve(p);
        return true;
      } catch {
        return false;
      }
    });
    if (!path) throw error;
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  }
  const fn = module[exportName] ?? (module.default as Record<string, unknown> | undefined)?.[exportName];
  if (typeof fn !== 'function') throw new Error(`${file} does not export a function named ${exportName}`);
  return fn as (...args: unknown[]) => unknown;
}

/** The endpoint client handed to handlers: SageMaker runtime's InvokeEndpoint fields, answered by the gateway. */
function platformClient(id: string, pending: Map<number, (answer: EndpointAnswer) => void>) {
  let nextCall = 0;
  return {
    invokeEndpoint(input: {
      EndpointName: string;
      Body: string | Uint8Array | Record<string, unknown> | unknown[];
      ContentType?: string;
      Accept?: string;
      TargetVariant?: string;
      InferenceId?: string;
    }): Promise<{ Body: Uint8Array; ContentType: string; InvokedProductionVariant: string }> {
      const callId = ++nextCall;
      const isBytes = typeof input.Body === 'string' || input.Body instanceof Uint8Array;
      const body = isBytes ? Buffer.from(input.Body as string | Uint8Array) : Buffer.from(JSON.stringify(input.Body));
      return new Promise((resolve, reject) => {
        pending.set(callId, (answer) => {
          if (answer.ok)
            return resolve({ Body: answer.body!, ContentType: answer.contentType!, InvokedProductionVariant: answer.variant! });
          reject(Object.assign(new Error(answer.error!.message), { name: answer.error!.code }));
        });
        send({
          type: 'invokeEndpoint',
          id,
          callId,
          endpointName: String(input.EndpointName),
          body,
          contentType: input.ContentType ?? (isBytes ? undefined : 'application/json'),
          accept: input.Accept,
          targetVariant: input.TargetVariant,
          inferenceId: input.InferenceId,
        });
      });
    },
  };
}

function errorOf(error: unknown) {
  if (error instanceof Error)
    return { errorType: error.name, errorMessage: error.message, trace: (error.stack ?? '').split('\n').slice(0, 20) };
  return { errorType: 'Error', errorMessage: format(error), trace: [] };
}

async function main() {
  const [codeDir, handlerName] = process.argv.slice(2);
  // When the gateway process goes away, so does the instance (before lockDown takes exit away).
  const exitProcess = process.exit.bind(process);
  process.on('disconnect', () => exitProcess(0));
  captureConsole();
  const started = performance.now();
  let handler: (...args: unknown[]) => unknown;
  try {
    lockDown();
    handler = await loadHandler(codeDir, handlerName);
  } catch (error) {
    send({ type: 'initError', error: errorOf(error) });
    return;
  }
  const pending = new Map<number, (answer: EndpointAnswer) => void>();
  process.on('message', (message: InvokeMessage | EndpointAnswer) => {
    if (message.type === 'endpointResult') {
      pending.get(message.callId)?.(message);
      pending.delete(message.callId);
      return;
    }
    if (message.type !== 'invoke') return;
    currentId = message.id;
    const { context: base, event } = message;
    const context = {
      ...base,
      awsRequestId: base.awsRequestId,
      callbackWaitsForEmptyEventLoop: false,
      getRemainingTimeInMillis: () => Math.max(0, base.deadlineMs - Date.now()),
      platform: platformClient(message.id, pending),
    };
    const finish = (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => {
      if (currentId !== message.id) return;
      currentId = undefined;
      if (!outcome.ok) return send({ type: 'result', id: message.id, ok: false, error: errorOf(outcome.error) });
      let payload: string;
      try {
        payload = JSON.stringify(outcome.value === undefined ? null : outcome.value);
      } catch (error) {
        return send({ type: 'result', id: message.id, ok: false, error: errorOf(error) });
      }
      send({ type: 'result', id: message.id, ok: true, payload });
    };
    try {
      // Callback style (event, context, callback) when the handler takes three arguments; a promise otherwise.
      const returned =
        handler.length >= 3
          ? new Promise((resolve, reject) =>
              handler(event, context, (error: unknown, value: unknown) => (error ? reject(error) : resolve(value))),
            )
          : handler(event, context);
      Promise.resolve(returned).then(
        (value) => finish({ ok: true, value }),
        (error: unknown) => finish({ ok: false, error }),
      );
    } catch (error) {
      finish({ ok: false, error });
    }
  });
  // An error outside any promise the handler returned ends the invocation it happened in, not the instance.
  const failCurrent = (error: unknown) => {
    if (!currentId) return;
    send({ type: 'result', id: currentId, ok: false, error: errorOf(error) });
    currentId = undefined;
  };
  process.on('uncaughtException', failCurrent);
  process.on('unhandledRejection', failCurrent);
  send({ type: 'ready', initMs: performance.now() - started });
}

void main();
