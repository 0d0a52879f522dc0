import type { Logger } from '@modelserve/common';
import type { MetricsSource } from '@modelserve/service';
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * The gateway on every core: a supervising process forks GATEWAY_PROCESSES gateway processes that
 * share its port (each accepts connections from the shared socket itself), each with its own routing
 * table, worker connections and queues. A process that dies loses only the requests
 * it held; the others keep serving, and the supervisor starts a new one. /metrics, answered by any
 * process, is the sum over all of them.
 */

const METRICS_REQUEST = 'modelserve:metrics-request';
const METRICS_ANSWER = 'modelserve:metrics-answer';
const STOP_GRACE_MS = 10_000;
/** A process that dies sooner than this after its start is restarted with growing delays (a crash loop). */
const HEALTHY_AFTER_MS = 10_000;

interface MetricsMessage {
  type: string;
  id: number;
  text?: string;
}

export function superviseGatewayProcesses(count: number, logger: Logger): void {
  const aggregator = new AggregatorRegistry();
  const startedAt = new Map<Worker, number>();
  let stopping = false;
  let restartDelayMs = 100;

  // The processes accept from the shared socket themselves (unless NODE_CLUSTER_SCHED_POLICY says
  // otherwise). Under Node's default round robin the supervisor accepts and passes each connection over
  // IPC, and a connection in flight to a process that dies is neither served nor closed: its client
  // hangs until its own timeout.
  if (!process.env.NODE_CLUSTER_SCHED_POLICY) cluster.schedulingPolicy = cluster.SCHED_NONE;
  const fork = () => startedAt.set(cluster.fork(), Date.now());
  for (let i = 0; i < count; i++) fork();
  logger.info({ processes: count }, 'gateway processes started');

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) return;
    restartDelayMs = lived > HEALTHY_AFTER_MS ? 100 : Math.min(5000, restartDelayMs * 2);
    logger.error({ pid: worker.process.pid, code, signal, restartInMs: restartDelayMs }, 'gateway process exited; starting another');
    setTimeout(() => !stopping && fork(), restartDelayMs);
  });

  cluster.on('message', (worker, message: MetricsMessage) => {
    if (message?.type !== METRICS_REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: METRICS_ANSWER, id: message.id, text }),
      (error: unknown) => {
        logger.warn({ err: error }, 'metrics from the gateway processes could not be gathered');
        worker.send({ type: METRICS_ANSWER, id: message.id });
      },
    );
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping gateway processes');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    const force = setTimeout(() => workers.forEach((w) => w.process.kill('SIGKILL')), STOP_GRACE_MS);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker.once('exit', () => {
        if (--left === 0) {
          clearTimeout(force);
          process.exit(0);
        }
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * In a gateway process under the supervisor: the process's registry answers the supervisor's
 * collection, and /metrics asks the supervisor for the sum (falling back to this process's own
 * figures if it does not answer).
 */
export function clusterMetricsSource(own: Registry): MetricsSource {
  AggregatorRegistry.setRegistries([own]);
  // Constructing an aggregator installs the listener that answers the supervisor's collection.
  new AggregatorRegistry();
  let next = 0;
  const waiting = new Map<number, (text: string | undefined) => void>();
  process.on('message', (message: MetricsMessage) => {
    if (message?.type !== METRICS_ANSWER) return;
    waiting.get(message.id)?.(message.text);
    waiting.delete(message.id);
  });
  return {
    metrics: () =>
      new Promise<string | undefined>((resolve) => {
        const id = next++;
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(undefined);
        }, 5000);
        waiting.set(id, (text) => {
          clearTimeout(timer);
          resolve(text);
        });
        process.send?.({ type: METRICS_REQUEST, id });
      }).then((text) => text ?? own.metrics()),
  };
}
