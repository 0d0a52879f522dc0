import { AppError, commandRuns, notFound, parentDeathSignalPrefix, type Logger } from '@modelserve/common';
import type { FunctionConfig__Output, FunctionLogEntry } from '@modelserve/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { FunctionsConnection } from '../connections/service-connections';
import { InvocationsService } from '../invocations/invocations.service';
import { GatewayMetrics } from '../observability/metrics';
import { FunctionCodeCache } from './function-code';
import { FunctionInstance, type EndpointCall, type InvocationOutcome } from './function-instance';

/** Log entries waiting for the registry at most; past it, the oldest are dropped. */
const MAX_PENDING_LOG_ENTRIES = 10_000;
const LOG_FLUSH_MS = 500;

export interface FunctionInvocation {
  name: string;
  qualifier?: string;
  event: unknown;
  requestId: string;
}

export interface FunctionAnswer {
  /** The handler's answer as JSON text. */
  payload: string;
  version: string;
  durationMs: number;
}

interface Pool {
  config: FunctionConfig__Output;
  idle: FunctionInstance[];
  busy: number;
  idleTimers: Map<FunctionInstance, NodeJS.Timeout>;
}

/**
 * Runs functions in this gateway process: each version's instances are kept warm between invocations
 * and started as concurrency needs them, up to the function's limit (then 429, as Lambda throttles).
 * Every invocation gets START, END and REPORT lines and its console output in the function's log, and
 * counts in the metrics; a failure of the code (thrown, timed out, out of memory, exited) is a 502
 * that says which, and ends nothing but its own instance.
 */
@Injectable()
export class FunctionRuntime implements OnApplicationShutdown {
  private readonly configs = new Map<string, { config: FunctionConfig__Output; fetchedAt: number }>();
  private readonly pools = new Map<string, Pool>();
  private readonly code: FunctionCodeCache;
  /** Every instance alive, busy or warm, so that none outlives the gateway process. */
  private readonly alive = new Set<FunctionInstance>();
  private instances = 0;
  private pendingLogs: FunctionLogEntry[] = [];
  private readonly flushTimer: NodeJS.Timeout;
  private sandboxPrefix?: string[];
  private flushing = false;

  constructor(
    private readonly functions: FunctionsConnection,
    private readonly invocations: InvocationsService,
    private readonly metrics: GatewayMetrics,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    this.code = new FunctionCodeCache(join(config.DATA_DIR, 'function-code'));
    this.flushTimer = setInterval(() => void this.flushLogs(), LOG_FLUSH_MS);
    this.flushTimer.unref();
  }

  /** Forgets what is cached of a function, after it changed through this process. */
  forget(name: string): void {
    for (const key of this.configs.keys()) if (key.startsWith(`${name}:`)) this.configs.delete(key);
  }

  async invoke(invocation: FunctionInvocation): Promise<FunctionAnswer> {
    const config = await this.configOf(invocation.name, invocation.qualifier ?? '', invocation.requestId);
    const { name, version } = config;
    const pool = this.poolOf(config);
    const instance = await this.acquire(pool, invocation.requestId);
    const log = (stream: string, message: string) => this.log(config, invocation.requestId, stream, message);
    log('platform', `START RequestId: ${invocation.requestId} Version: ${version}`);
    const started = performance.now();
    this.metrics.functionConcurrency.inc({ function: name });
    let outcome: InvocationOutcome;
    try {
      outcome = await instance.invoke(
        invocation.requestId,
        invocation.event,
        {
          awsRequestId: invocation.requestId,
          deadlineMs: Date.now() + config.timeoutSeconds * 1000,
          functionName: name,
          functionVersion: version,
          memoryLimitInMB: config.memoryMb,
        },
        config.timeoutSeconds * 1000,
        {
          onLog: (line) => log(line.stream, line.message),
          onEndpointCall: (call) => this.callEndpoint(config, call, invocation.requestId),
        },
      );
    } finally {
      this.metrics.functionConcurrency.dec({ function: name });
    }
    const durationMs = performance.now() - started;
    this.release(pool, instance);
    const outcomeLabel = outcome.ok ? 'ok' : outcome.kind;
    this.metrics.functionInvocations.inc({ function: name, version, outcome: outcomeLabel });
    this.metrics.functionDuration.observe({ function: name, version }, durationMs / 1000);
    if (!outcome.ok) {
      const message = outcome.kind === 'error' ? `${outcome.error.errorType}: ${outcome.error.errorMessage}` : outcome.message;
      log('platform', `ERROR RequestId: ${invocation.requestId} ${message}`);
      if (outcome.kind === 'error') for (const line of outcome.error.trace.slice(1)) log('stderr', line);
    }
    log('platform', `END RequestId: ${invocation.requestId}`);
    log(
      'platform',
      `REPORT RequestId: ${invocation.requestId} Duration: ${durationMs.toFixed(2)} ms Memory Size: ${config.memoryMb} MB Max Memory Used: ${Math.round(instance.maxMemoryMB)} MB`,
    );
    if (!outcome.ok) {
      const why =
        outcome.kind === 'error'
          ? `function ${name} failed: ${outcome.error.errorType}: ${outcome.error.errorMessage}`
          : `function ${name} failed: ${outcome.message}`;
      throw new AppError('FunctionError', why);
    }
    return { payload: outcome.payload, version, durationMs };
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.flushTimer);
    for (const instance of this.alive) instance.kill();
    await this.flushLogs();
  }

  private async configOf(name: string, qualifier: string, requestId: string): Promise<FunctionConfig__Output> {
    const key = `${name}:${qualifier}`;
    const cached = this.configs.get(key);
    if (cached && Date.now() - cached.fetchedAt < this.config.FUNCTION_CONFIG_CACHE_MS) return cached.config;
    const detail = await this.functions.call(
      'GetFunction',
      { name, qualifier },
      { id: requestId },
      { timeoutMs: 5000, waitForReady: false },
    );
    if (!detail.config) throw notFound(`function ${name} does not exist`);
    if (this.configs.size > 10_000) this.configs.clear();
    this.configs.set(key, { config: detail.config, fetchedAt: Date.now() });
    return detail.config;
  }

  /** A version's pool; a $LATEST that changed gets a new one, and the old one's idle instances stop. */
  private poolOf(config: FunctionConfig__Output): Pool {
    const key = `${config.name}:${config.version}`;
    let pool = this.pools.get(key);
    if (pool && pool.config.lastModified !== config.lastModified) {
      for (const instance of pool.idle) this.retire(pool, instance);
      pool = undefined;
    }
    if (!pool) {
      pool = { config, idle: [], busy: 0, idleTimers: new Map() };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private async acquire(pool: Pool, requestId: string): Promise<FunctionInstance> {
    const { config } = pool;
    for (let instance = pool.idle.pop(); instance; instance = pool.idle.pop()) {
      clearTimeout(pool.idleTimers.get(instance));
      pool.idleTimers.delete(instance);
      if (instance.alive) {
        pool.busy++;
        return instance;
      }
      this.alive.delete(instance);
      this.instanceGone();
    }
    const limit = Math.min(config.maxConcurrency || this.config.FUNCTION_MAX_CONCURRENCY, this.config.FUNCTION_MAX_CONCURRENCY);
    if (pool.busy >= limit || this.instances >= this.config.FUNCTION_MAX_INSTANCES) {
      this.metrics.functionInvocations.inc({ function: config.name, version: config.version, outcome: 'throttled' });
      throw new AppError(
        'TooManyRequests',
        pool.busy >= limit
          ? `function ${config.name} is running ${pool.busy} invocations, its concurrency limit; retry shortly`
          : `this gateway is running ${this.instances} function instances, its limit; retry shortly`,
        { retryAfterSeconds: 1 },
      );
    }
    pool.busy++;
    this.instances++;
    this.metrics.functionInstances.set(this.instances);
    try {
      const codeDir = await this.code.dirFor(config.codeSha256, async () => {
        const code = await this.functions.call('GetFunctionCode', { name: config.name, codeSha256: config.codeSha256 }, { id: requestId });
        return code.archive;
      });
      const instance = new FunctionInstance({
        functionName: config.name,
        version: config.version,
        codeDir,
        handler: config.handler,
        memoryMB: config.memoryMb,
        environment: config.environment,
        sandboxPrefix: this.sandbox(),
      });
      this.alive.add(instance);
      const coldStartMs = await instance.start().catch((error: unknown) => {
        this.alive.delete(instance);
        throw error;
      });
      this.metrics.functionColdStarts.observe({ function: config.name, version: config.version }, coldStartMs / 1000);
      this.platformLog(config, requestId, `INIT RequestId: ${requestId} Init Duration: ${coldStartMs.toFixed(2)} ms`);
      return instance;
    } catch (error) {
      pool.busy--;
      this.instanceGone();
      this.metrics.functionInvocations.inc({ function: config.name, version: config.version, outcome: 'refused' });
      if (error instanceof AppError && error.code === 'FunctionError') {
        this.platformLog(config, requestId, error.message);
        throw new AppError('FunctionError', `function ${config.name} cannot start: ${error.message}`);
      }
      throw error;
    }
  }

  private release(pool: Pool, instance: FunctionInstance) {
    pool.busy--;
    if (!instance.alive || this.pools.get(`${pool.config.name}:${pool.config.version}`) !== pool) {
      this.retire(pool, instance);
      return;
    }
    pool.idle.push(instance);
    const timer = setTimeout(() => {
      pool.idle.splice(pool.idle.indexOf(instance), 1);
      this.retire(pool, instance);
    }, this.config.FUNCTION_IDLE_SECONDS * 1000);
    timer.unref();
    pool.idleTimers.set(instance, timer);
  }

  private retire(pool: Pool, instance: FunctionInstance) {
    clearTimeout(pool.idleTimers.get(instance));
    pool.idleTimers.delete(instance);
    this.alive.delete(instance);
    instance.kill();
    this.instanceGone();
  }

  private instanceGone() {
    this.instances--;
    this.metrics.functionInstances.set(this.instances);
  }

  /** A function's call to an endpoint: only those it names in allowedEndpoints, served in this process. */
  private async callEndpoint(config: FunctionConfig__Output, call: EndpointCall, requestId: string) {
    if (!config.allowedEndpoints.includes(call.endpointName)) {
      throw new AppError(
        'Forbidden',
        `function ${config.name} may not invoke endpoint ${call.endpointName}; its allowedEndpoints are ${config.allowedEndpoints.join(', ') || 'empty'}`,
      );
    }
    const result = await this.invocations.invoke({
      endpoint: call.endpointName,
      contentType: call.contentType,
      accept: call.accept,
      body: Buffer.from(call.body),
      requestId,
      targetVariant: call.targetVariant,
      inferenceId: call.inferenceId,
      arrivedAt: performance.now(),
    });
    return { body: result.body, contentType: result.contentType, variant: result.variant };
  }

  /**
   * The command instances start under: namespaces of their own where they work (FUNCTION_SANDBOX), and
   * setpriv's parent-death signal, so that an instance dies with its gateway process even when that is
   * killed outright (an instance in an endless loop would otherwise run on).
   */
  private sandbox(): string[] {
    if (this.sandboxPrefix) return this.sandboxPrefix;
    const withDeathSignal = parentDeathSignalPrefix();
    if (!withDeathSignal.length)
      this.logger.warn('setpriv is unavailable: function instances may outlive a gateway process that is killed');
    const mode = this.config.FUNCTION_SANDBOX;
    const namespaces = ['unshare', '--user', '--map-root-user', '--net'];
    if (mode === 'process') return (this.sandboxPrefix = withDeathSignal);
    const works = commandRuns(namespaces);
    if (!works && mode === 'namespace')
      throw new AppError('Unavailable', 'FUNCTION_SANDBOX=namespace, but unshare cannot create namespaces here');
    if (!works) {
      this.logger.warn(
        'functions run without a network namespace (unshare is unavailable): their network modules are refused, the network itself is not',
      );
    }
    return (this.sandboxPrefix = works ? [...namespaces, ...withDeathSignal] : withDeathSignal);
  }

  /** A line of the function's log, kept until the next flush to the registry. */
  private log(config: FunctionConfig__Output, requestId: string, stream: string, message: string) {
    if (this.pendingLogs.length >= MAX_PENDING_LOG_ENTRIES) this.pendingLogs.shift();
    this.pendingLogs.push({ function: config.name, version: config.version, requestId, at: new Date().toISOString(), stream, message });
  }

  private platformLog(config: FunctionConfig__Output, requestId: string, message: string) {
    this.log(config, requestId, 'platform', message);
  }

  private async flushLogs() {
    if (!this.pendingLogs.length || this.flushing) return;
    const entries = this.pendingLogs;
    this.pendingLogs = [];
    this.flushing = true;
    try {
      await this.functions.call('AppendFunctionLogs', { entries }, { id: randomUUID() }, { timeoutMs: 5000, waitForReady: false });
    } catch (error) {
      this.logger.warn({ err: error, entries: entries.length }, 'function logs not stored yet; they are kept for the next try');
      this.pendingLogs = [...entries, ...this.pendingLogs].slice(-MAX_PENDING_LOG_ENTRIES);
    } finally {
      this.flushing = false;
    }
  }
}
