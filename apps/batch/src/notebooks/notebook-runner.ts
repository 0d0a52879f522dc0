import { AppError, workspaceRoot, type Logger } from '@modelserve/common';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { freePort, killLeftoverProcesses, markedProcesses } from '../training/process-runner';
import { directorySize, GIB, instanceEnvironment, writeAwsFiles, type PlatformAddresses } from './instance-home';
import { InstanceKeys } from './instance-keys';
import { describeExit, InstanceStartError, JupyterServer, NOTEBOOK_RUN_MARKER } from './jupyter-server';
import { runLifecycleScript } from './lifecycle-scripts';
import { NotebooksRepository, type NotebookInstanceRow, type RunEnd } from './notebooks.repository';

/** How often expired sign-in tokens and sessions are deleted (they are refused as soon as they expire). */
const TOKEN_PURGE_MS = 60_000;
/** Longest failure reason kept (SageMaker's FailureReason is at most 1,024 characters; output needs more). */
const MAX_REASON_CHARS = 4096;

interface RunningNotebook {
  /** A stop was asked for: stop the server and end Stopped. */
  stopRequested: boolean;
  /** This service is shutting down or lost its claim: stop the server and leave the instance to be resumed. */
  leaving: boolean;
  /** Wakes the run's watch loop to act on the flags above at once. */
  wake: () => void;
  /** The run's marker, and whether it is still starting (lifecycle scripts, a server not yet answering). */
  runId?: string;
  starting: boolean;
  done: Promise<void>;
}

/**
 * Makes a run act on its flags now: a run still starting has its processes ended (a lifecycle script
 * may take minutes); one in service is woken, and stops its server gracefully.
 */
function interrupt(notebook: RunningNotebook) {
  if (notebook.starting && notebook.runId) void killLeftoverProcesses(notebook.runId, NOTEBOOK_RUN_MARKER);
  notebook.wake();
}

/** The directory of an instance: its working directory and home, kept across stops until it is deleted. */
export const instanceDirectory = (dataDir: string, name: string) => join(dataDir, 'notebooks', name);

/**
 * Runs notebook instances. Each batch instance claims instances asked to start (in PostgreSQL, with a
 * lease it renews, as training jobs are claimed), runs their lifecycle scripts and a Jupyter server as
 * a child process, and watches it: a stop asked for through any batch instance, kernels idle past the
 * instance's idleShutdownMinutes, a working directory grown past its volume, or a server that exits.
 * A server dies with its batch service; the instance is then started again by the next batch instance
 * to claim it (the same one, at once, after a restart).
 */
@Injectable()
export class NotebookRunner {
  private readonly running = new Map<string, RunningNotebook>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private stopped = false;
  private tokensPurgedAt = 0;
  private readonly platform: PlatformAddresses;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
    private readonly repository: NotebooksRepository,
    private readonly keys: InstanceKeys,
  ) {
    this.platform = {
      gatewayUrl: config.NOTEBOOK_GATEWAY_URL.replace(/\/+$/, ''),
      region: config.S3_REGION,
      storage: { endpoint: config.S3_ENDPOINT, accessKey: config.S3_ACCESS_KEY, secretKey: config.S3_SECRET_KEY, bucket: config.S3_BUCKET },
      pythonClient: join(workspaceRoot(), 'clients', 'python'),
    };
  }

  get runningInstances() {
    return this.running.size;
  }

  start() {
    this.timer = setInterval(() => void this.poll(), this.config.BATCH_POLL_MS);
    void this.endOrphans()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not look for leftover notebook processes'))
      .finally(() => void this.poll());
  }

  /** Stops the servers running here; their instances start again when a batch service claims them. */
  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    for (const notebook of this.running.values()) {
      notebook.leaving = true;
      interrupt(notebook);
    }
    await Promise.all([...this.running.values()].map((n) => n.done));
  }

  /** Acts on a stop asked for through this batch instance at once rather than at the next renewal. */
  requestStop(name: string) {
    const notebook = this.running.get(name);
    if (!notebook) return;
    notebook.stopRequested = true;
    interrupt(notebook);
  }

  /**
   * Ends processes of runs this batch instance started and no notebook instance records any more
   * (kernels start sessions of their own and can outlive a server that died with its service). Runs of
   * other batch instances on this machine (of this platform or another) are theirs: one an instance
   * still records is ended by the batch instance that claims it next.
   */
  private async endOrphans() {
    const mine = [...(await markedProcesses(NOTEBOOK_RUN_MARKER)).keys()].filter((run) => run.startsWith(this.runPrefix));
    const current = await this.repository.currentRuns(mine);
    for (const runId of mine.filter((run) => !current.has(run))) {
      const ended = await killLeftoverProcesses(runId, NOTEBOOK_RUN_MARKER);
      this.logger.warn({ runId, ended }, 'ended the processes of a notebook run this service no longer runs');
    }
  }

  /** Run ids start with the batch instance's id, so that each instance finds its own leftovers only. */
  private get runPrefix() {
    return `${this.config.BATCH_INSTANCE_ID}/`;
  }

  private async poll() {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      for (const abandoned of await this.repository.stopAbandoned()) {
        if (abandoned.runId) await killLeftoverProcesses(abandoned.runId, NOTEBOOK_RUN_MARKER);
        await this.keys.revoke(abandoned.instanceKeyId);
      }
      if (Date.now() - this.tokensPurgedAt > TOKEN_PURGE_MS) {
        await this.repository.deleteExpiredTokens();
        this.tokensPurgedAt = Date.now();
      }
      while (!this.stopped && this.running.size < this.config.NOTEBOOK_MAX_RUNNING) {
        const row = await this.repository.claim(this.config.BATCH_INSTANCE_ID, this.config.BATCH_LEASE_MS, [...this.running.keys()]);
        if (!row) break;
        const notebook: RunningNotebook = {
          stopRequested: false,
          leaving: false,
          starting: true,
          wake: () => undefined,
          done: Promise.resolve(),
        };
        notebook.done = this.run(row, notebook)
          .catch((error: unknown) =>
            this.logger.error({ err: error, notebookInstance: row.name }, 'notebook instance run ended abnormally'),
          )
          .finally(() => this.running.delete(row.name));
        this.running.set(row.name, notebook);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not look for notebook instances to run');
    } finally {
      this.polling = false;
    }
  }

  private async run(row: NotebookInstanceRow, notebook: RunningNotebook) {
    const { name } = row;
    const owner = this.config.BATCH_INSTANCE_ID;
    const log = this.logger.child({ notebookInstance: name });
    const renewal = setInterval(
      () => {
        this.repository
          .renew(name, owner, this.config.BATCH_LEASE_MS)
          .then((status) => {
            if (status === undefined) notebook.leaving = true;
            if (status === 'Stopping') notebook.stopRequested = true;
            if (notebook.leaving || notebook.stopRequested) interrupt(notebook);
          })
          .catch((error: unknown) => log.warn({ err: error }, 'could not renew the claim on the notebook instance'));
      },
      Math.max(200, Math.floor(this.config.BATCH_LEASE_MS / 3)),
    );
    let keyId = row.instance_key_id;
    let server: JupyterServer | undefined;
    const end = async (outcome: RunEnd) => {
      if (server) await server.stop(this.config.NOTEBOOK_STOP_GRACE_MS);
      await this.repository.endRun(name, owner, outcome);
      log.info({ status: outcome.status, reason: outcome.failureReason || outcome.statusMessage }, 'notebook instance run ended');
    };
    try {
      // What a previous run left: its processes (a crashed service's kernels) and its key.
      if (row.run_id) await killLeftoverProcesses(row.run_id, NOTEBOOK_RUN_MARKER);
      await this.keys.revoke(keyId);
      const directory = instanceDirectory(this.config.DATA_DIR, name);
      await mkdir(directory, { recursive: true });
      const key = await this.keys.issue(name, row.creator_key_id);
      keyId = key?.id ?? '';
      const runId = `${this.runPrefix}${randomUUID()}`;
      notebook.runId = runId;
      await this.repository.recordRun(name, owner, { runId, instanceKeyId: keyId });
      const environment = instanceEnvironment(row, directory, key, this.platform);
      writeAwsFiles(directory, key, this.platform);

      const lifecycle = row.lifecycle_config ? await this.repository.lifecycleConfig(row.lifecycle_config) : undefined;
      const script = (which: 'OnCreate' | 'OnStart', base64: string) =>
        runLifecycleScript({
          which,
          base64,
          directory,
          environment,
          runId,
          timeoutMs: this.config.NOTEBOOK_LIFECYCLE_TIMEOUT_MS,
          onLine: (line) => log.info({ script: which, line }, 'lifecycle script output'),
        });
      if (!row.created_done) {
        if (lifecycle?.on_create) await script('OnCreate', lifecycle.on_create);
        await this.repository.createdDone(name, owner);
      }
      if (lifecycle?.on_start) await script('OnStart', lifecycle.on_start);
      if (notebook.leaving) return;
      if (notebook.stopRequested) return await end({ status: 'Stopped', statusMessage: 'Stopped before its server started' });

      const jupyterToken = randomBytes(24).toString('hex');
      server = new JupyterServer({
        command: this.config.NOTEBOOK_JUPYTER,
        directory,
        basePath: `/notebooks/${name}/`,
        host: this.config.NOTEBOOK_HOST,
        advertisedHost: this.config.NOTEBOOK_ADVERTISED_HOST,
        port: await freePort(this.config.NOTEBOOK_HOST),
        token: jupyterToken,
        environment,
        runId,
        onLine: (line) => log.debug({ line }, 'jupyter output'),
      });
      await server.ready(this.config.NOTEBOOK_START_TIMEOUT_MS);
      if (!(await this.repository.inService(name, owner, { address: server.address, jupyterToken }))) {
        return await end({ status: 'Stopped', statusMessage: 'Stopped before its server started' });
      }
      log.info({ address: server.address }, 'notebook instance in service');
      notebook.starting = false;
      const outcome = await this.watch(row, notebook, server, directory);
      if (outcome) await end(outcome);
      else await server.stop(this.config.NOTEBOOK_STOP_GRACE_MS);
    } catch (error) {
      // A start cut short by this service leaving (the instance starts again later) or by a stop.
      if (notebook.leaving) return;
      if (notebook.stopRequested) return await end({ status: 'Stopped', statusMessage: 'Stopped on request while it started' });
      const reason =
        error instanceof InstanceStartError || error instanceof AppError ? error.message : `InternalServerError: ${String(error)}`;
      log.warn({ err: error }, 'notebook instance failed');
      await end({ status: 'Failed', failureReason: reason.slice(0, MAX_REASON_CHARS), statusMessage: 'Failed' });
    } finally {
      clearInterval(renewal);
      // A run that leaves keeps its key for the next run to revoke; any other run ends with it.
      if (!notebook.leaving)
        await this.keys.revoke(keyId).catch((error: unknown) => log.warn({ err: error }, 'could not revoke the key of the run'));
    }
  }

  /**
   * Watches a server in service until it must stop; what the run ends as, or undefined when this
   * service leaves the instance to be resumed.
   */
  private async watch(
    row: NotebookInstanceRow,
    notebook: RunningNotebook,
    server: JupyterServer,
    directory: string,
  ): Promise<RunEnd | undefined> {
    let exited = false;
    void server.exited.then(() => {
      exited = true;
      notebook.wake();
    });
    const since = Date.now();
    let nextCheck = 0;
    for (;;) {
      if (notebook.leaving) return undefined;
      if (notebook.stopRequested) return { status: 'Stopped', statusMessage: 'Stopped on request' };
      if (exited) {
        const exit = await server.exited;
        return {
          status: 'Failed',
          failureReason: `the Jupyter server exited (${describeExit(exit)}):\n${server.recentOutput()}`.slice(0, MAX_REASON_CHARS),
          statusMessage: 'Failed',
        };
      }
      if (Date.now() >= nextCheck) {
        nextCheck = Date.now() + this.config.NOTEBOOK_CHECK_MS;
        const outcome = await this.check(row, server, directory, since).catch((error: unknown) => {
          this.logger.warn({ err: error, notebookInstance: row.name }, 'could not check the notebook instance');
          return undefined;
        });
        if (outcome) return outcome;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, nextCheck - Date.now()));
        notebook.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Disk use against the volume, and kernel activity against the idle shutdown; a reason to stop, if any. */
  private async check(row: NotebookInstanceRow, server: JupyterServer, directory: string, since: number): Promise<RunEnd | undefined> {
    const used = await directorySize(directory);
    await this.repository.setVolumeUsed(row.name, used);
    if (used > row.volume_size_gb * GIB) {
      return {
        status: 'Failed',
        failureReason: `the working directory holds ${(used / GIB).toFixed(2)} GB, more than the instance's volume of ${row.volume_size_gb} GB; raise volumeSizeGB and start it again`,
        statusMessage: 'Failed',
      };
    }
    if (!row.idle_shutdown_minutes) return undefined;
    const kernels = await server.kernels();
    const now = Date.now();
    const lastActivity = Math.max(
      since,
      ...kernels.map((k) => (k.execution_state === 'busy' ? now : Date.parse(k.last_activity) || since)),
    );
    if (now - lastActivity < row.idle_shutdown_minutes * 60_000) return undefined;
    return {
      status: 'Stopped',
      statusMessage: `Stopped after ${row.idle_shutdown_minutes} minutes without kernel activity (idleShutdownMinutes)`,
    };
  }
}
