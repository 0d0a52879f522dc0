import { AppError, type Logger } from '@modelserve/common';
import type { TrainingJobSpec__Output } from '@modelserve/contracts';
import { ObjectStore, formatS3Uri, storageErrorCode, type ObjectLocation } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { BatchMetrics } from '../observability/metrics';
import { hostLayout, hostNames, trainingEnvironment, writeInputConfig, type HostLayout } from './container-contract';
import { MetricParser } from './metric-parser';
import { MAX_REASON_CHARS, TrainedModelRegistrar } from './model-registration';
import { HostRunners } from './host-runners';
import { freePort, type HostExit, type HostProcess, type Mount, type OutputStream } from './process-runner';
import { CheckpointSync, downloadAll, isArchive, objectsAt, pack, prefixLocation, removeDirectory, unpack } from './training-files';
import { TrainingJobsRepository, type LogLine, type MetricPoint, type TrainingJobRow } from './training-jobs.repository';

interface RunningTraining {
  hosts: number;
  /** A stop was requested: end the code and finish as Stopped. */
  stopRequested: boolean;
  /** This instance is shutting down or lost its claim: end the code and leave the job to be resumed. */
  leaving: boolean;
  /** Ends the running code (SIGTERM, then SIGKILL after the grace period); set while it runs. */
  terminate?: () => void;
  done: Promise<void>;
}

/** How a run of the code ended. */
type RunEnd = { kind: 'completed' } | { kind: 'failed'; reason: string } | { kind: 'stopped' } | { kind: 'maxRuntime' } | { kind: 'left' };

const LOG_FLUSH_MS = 500;
/** Lines a job may have printed and not yet stored before its output is no longer read until they are. */
const MAX_PENDING_LINES = 5000;
const LOG_PAGE = 5000;

/**
 * Runs training jobs with the contract of SageMaker's training containers. Each instance claims
 * queued jobs in PostgreSQL as long as it has free training slots (one per host of a job), downloads
 * their channels and code, runs one process per host, streams their output into logs and metrics, and
 * uploads and registers what they produce. A job whose service died is resumed from its last
 * checkpoint by the next instance to claim it (the leftover processes of its run are ended first).
 */
@Injectable()
export class TrainingRunner {
  private readonly running = new Map<string, RunningTraining>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private stopped = false;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly registrar: TrainedModelRegistrar,
    private readonly runners: HostRunners,
    private readonly repository: TrainingJobsRepository,
    private readonly store: ObjectStore,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  get runningJobs() {
    return this.running.size;
  }

  private get freeSlots() {
    let used = 0;
    for (const job of this.running.values()) used += job.hosts;
    return this.config.TRAINING_SLOTS - used;
  }

  start() {
    this.timer = setInterval(() => void this.poll(), this.config.BATCH_POLL_MS);
    void this.sweepOrphans()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not look for orphaned training runs'))
      .finally(() => void this.poll());
  }

  /**
   * Ends the runs that no job records any more: those of a job another instance took over (with a new
   * run) or ended while this machine's service was down. A run a job still records is left to the
   * instance that claims the job, which ends it itself.
   */
  private async sweepOrphans() {
    const present = await this.runners.runsPresent();
    const current = await this.repository.currentRuns(present);
    for (const runId of present.filter((run) => !current.has(run))) {
      const ended = await this.runners.cleanUp(runId);
      this.logger.warn({ runId, ended }, 'ended the processes and containers of a training run no job holds');
    }
  }

  /** Ends the code of running jobs; they resume from their checkpoints when a service claims them again. */
  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    for (const job of this.running.values()) {
      job.leaving = true;
      job.terminate?.();
    }
    await Promise.all([...this.running.values()].map((job) => job.done));
  }

  /** Asks a job running here to stop now rather than at its next lease renewal. */
  requestStop(name: string) {
    const job = this.running.get(name);
    if (!job) return;
    job.stopRequested = true;
    job.terminate?.();
  }

  private async poll() {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      while (!this.stopped && this.freeSlots > 0) {
        const row = await this.repository.claim(
          this.config.BATCH_INSTANCE_ID,
          this.config.BATCH_LEASE_MS,
          [...this.running.keys()],
          this.freeSlots,
        );
        if (!row) break;
        const job: RunningTraining = {
          hosts: row.spec.instanceCount,
          stopRequested: row.status === 'Stopping',
          leaving: false,
          done: Promise.resolve(),
        };
        job.done = this.run(row, job)
          .catch((error: unknown) => this.logger.error({ err: error, trainingJob: row.name }, 'training job run ended abnormally'))
          .finally(() => this.running.delete(row.name));
        this.running.set(row.name, job);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not look for training jobs');
    } finally {
      this.polling = false;
    }
  }

  private async run(row: TrainingJobRow, job: RunningTraining) {
    const spec = row.spec;
    const owner = this.config.BATCH_INSTANCE_ID;
    const log = this.logger.child({ trainingJob: spec.name });
    const output = new JobOutput(this.repository, spec, await this.repository.lastSequences(spec.name), this.metrics);
    const renewal = setInterval(
      () => {
        this.repository
          .renew(spec.name, owner, this.config.BATCH_LEASE_MS)
          .then((status) => {
            if (status === undefined) job.leaving = true;
            if (status === 'Stopping') job.stopRequested = true;
            if (job.leaving || job.stopRequested) job.terminate?.();
          })
          .catch((error: unknown) => log.warn({ err: error }, 'could not renew the claim on the training job'));
      },
      Math.max(200, Math.floor(this.config.BATCH_LEASE_MS / 3)),
    );
    const flusher = setInterval(
      () => void output.flush().catch((error: unknown) => log.warn({ err: error }, 'could not store log lines')),
      LOG_FLUSH_MS,
    );
    const transition = async (status: string, message: string) => {
      output.platformLine(`${status}: ${message}`);
      await this.repository.transition(spec.name, owner, status, message);
    };
    const directory = join(this.config.DATA_DIR, 'training', spec.name);
    try {
      if (row.run_id) {
        // The service that ran this job stopped while the code ran: end what is left of that run.
        const killed = await this.runners.for(spec).cleanUp(row.run_id);
        await this.repository.setProcesses(spec.name, owner, null, []);
        if (!spec.checkpointS3Uri) {
          await transition('Failed', 'The service running the job stopped');
          return await this.end(spec, owner, 'Failed', output, {
            failureReason:
              'InternalServerError: the batch service running the job stopped while the code ran; with checkpointConfig the job would resume from its last checkpoint',
          });
        }
        await this.repository.countRestart(spec.name, owner);
        await transition('Restarting', `Resuming from the last checkpoint (${killed} leftover processes or containers ended)`);
      }
      if (job.stopRequested) {
        await transition('Stopped', 'Stopped before it started');
        return await this.end(spec, owner, 'Stopped', output);
      }
      log.info({ hosts: spec.instanceCount }, 'training job starting');
      await transition('Starting', 'Preparing the instances for training');
      await removeDirectory(directory);
      await transition('Downloading', 'Downloading input data');
      const layouts = await this.prepare(spec, directory);
      const checkpoints = spec.checkpointS3Uri
        ? new CheckpointSync(this.store, spec.checkpointS3Uri, join(directory, 'checkpoints'))
        : undefined;
      if (checkpoints) {
        const restored = await checkpoints.restore();
        if (restored > 0) output.platformLine(`restored ${restored} checkpoint files from ${spec.checkpointS3Uri}`);
      }
      if (job.leaving) return log.info('training job left for a later resume');
      if (job.stopRequested) {
        await transition('Stopped', 'Stopped before training began');
        return await this.end(spec, owner, 'Stopped', output);
      }

      await transition('Training', 'Training in progress');
      await this.repository.trainingStarted(spec.name, owner);
      // started_at was set by the claim (kept from the first run when resumed): the runtime limit counts from it.
      const elapsedMs = Date.now() - (row.started_at ?? new Date()).getTime();
      const startedTraining = Date.now();
      const end = await this.train(spec, owner, job, layouts, directory, output, checkpoints, spec.maxRuntimeSeconds * 1000 - elapsedMs);
      await this.repository.trainingEnded(spec.name, owner, ((Date.now() - startedTraining) / 1000) * spec.instanceCount);
      await checkpoints?.sync().catch((error: unknown) => log.warn({ err: error }, 'could not upload the last checkpoints'));
      await output.flush();

      if (end.kind === 'left') return log.info('training job left for a later resume');
      if (end.kind === 'failed') {
        await transition('Failed', 'Training job failed');
        return await this.end(spec, owner, 'Failed', output, { failureReason: end.reason });
      }
      await transition('Uploading', 'Uploading generated training model');
      const artifacts = await this.upload(spec, layouts[0]);
      if (end.kind === 'stopped' || end.kind === 'maxRuntime') {
        const status = end.kind === 'stopped' ? 'Stopped' : 'MaxRuntimeExceeded';
        await transition(
          status,
          end.kind === 'stopped' ? 'Training job stopped' : `Stopped after maxRuntimeSeconds (${spec.maxRuntimeSeconds})`,
        );
        return await this.end(spec, owner, 'Stopped', output, artifacts);
      }
      const registered = spec.modelRegistration ? await this.register(spec, layouts[0], artifacts.modelArtifacts, output) : undefined;
      if (registered && 'failureReason' in registered) {
        await transition('Failed', 'The trained model could not be registered');
        return await this.end(spec, owner, 'Failed', output, { ...artifacts, failureReason: registered.failureReason });
      }
      await transition('Completed', 'Training job completed');
      await this.end(spec, owner, 'Completed', output, { ...artifacts, ...registered });
      log.info({ registered }, 'training job completed');
    } catch (error) {
      if (job.leaving) return log.warn({ err: error }, 'training job left to be resumed');
      log.error({ err: error }, 'training job failed');
      const reason = failureReason(error);
      await transition('Failed', 'Training job failed').catch(() => undefined);
      await this.end(spec, owner, 'Failed', output, { failureReason: reason }).catch((e: unknown) =>
        log.error({ err: e }, 'could not record the failure'),
      );
    } finally {
      clearInterval(renewal);
      clearInterval(flusher);
      output.forgetGauges();
      if (!job.leaving) await removeDirectory(directory).catch(() => undefined);
    }
  }

  /** Downloads channels and code, and lays out each host's root directory with its configuration. */
  private async prepare(spec: TrainingJobSpec__Output, directory: string): Promise<HostLayout[]> {
    const shared = sharedDirectories(directory);
    const limitBytes = spec.volumeSizeGb ? spec.volumeSizeGb * 1024 ** 3 : Infinity;
    const channels = await Promise.all(
      spec.inputDataConfig.map(async (c) => ({ channel: c, objects: await objectsAt(this.store, c.s3Uri) })),
    );
    const totalBytes = channels.reduce((sum, c) => sum + c.objects.reduce((s, o) => s + o.size, 0), 0);
    if (totalBytes > limitBytes) {
      throw new AppError(
        'InvalidRequest',
        `ClientError: the input data is ${totalBytes} bytes, more than volumeSizeGB (${spec.volumeSizeGb}) holds`,
      );
    }
    for (const { channel, objects } of channels) {
      if (objects.length === 0)
        throw new AppError('InvalidRequest', `ClientError: channel ${channel.channelName} has no objects under ${channel.s3Uri}`);
      await downloadAll(this.store, channel.s3Uri, objects, join(shared.data, channel.channelName));
    }
    await mkdir(shared.code, { recursive: true });
    await mkdir(shared.checkpoints, { recursive: true });
    const source = spec.algorithm?.sourceUri;
    if (source) {
      const objects = await objectsAt(this.store, source);
      if (objects.length === 1 && isArchive(objects[0].key)) {
        const archive = join(directory, 'source.tar.gz');
        await this.store.downloadToFile({ bucket: prefixLocation(source).bucket, key: objects[0].key }, archive);
        await unpack(archive, shared.code);
      } else {
        await downloadAll(this.store, source, objects, shared.code);
      }
    }
    const hosts = hostNames(spec.instanceCount);
    return Promise.all(
      hosts.map(async (current) => {
        const layout = hostLayout(join(directory, current));
        await Promise.all([
          mkdir(layout.model, { recursive: true }),
          mkdir(layout.outputData, { recursive: true }),
          mkdir(layout.inputData, { recursive: true }),
        ]);
        // Every host sees the same downloaded channels and one checkpoint directory, synced to storage:
        // linked into a process's root, bound over empty directories into a container's.
        const contained = Boolean(spec.algorithm?.image);
        for (const { channel } of channels) {
          const target = join(layout.inputData, channel.channelName);
          await (contained ? mkdir(target) : symlink(join(shared.data, channel.channelName), target));
        }
        await (contained ? mkdir(layout.checkpoints) : symlink(shared.checkpoints, layout.checkpoints));
        await writeInputConfig(layout, spec, { current, hosts });
        return layout;
      }),
    );
  }

  /** Runs the code on every host until all exit, one fails, the job is stopped or its time is up. */
  private async train(
    spec: TrainingJobSpec__Output,
    owner: string,
    job: RunningTraining,
    layouts: HostLayout[],
    directory: string,
    output: JobOutput,
    checkpoints: CheckpointSync | undefined,
    remainingMs: number,
  ): Promise<RunEnd> {
    const hosts = hostNames(spec.instanceCount);
    const runId = randomUUID();
    const runner = this.runners.for(spec);
    // Recorded before anything starts, so that no instance's sweep takes the new run for an orphan.
    await this.repository.setProcesses(spec.name, owner, runId, []);
    const group = { masterPort: await freePort(), numCpus: runner.cpus ?? availableParallelism() };
    const shared = sharedDirectories(directory);
    const sourced = Boolean(spec.algorithm?.sourceUri);
    const processes: HostProcess[] = layouts.map((layout, i) => {
      // The code sees the contract where the runner puts it: /opt/ml in a container, the host's directory otherwise.
      const seen = runner.contractRoot ? hostLayout(runner.contractRoot) : layout;
      const mounts: Mount[] = [
        { source: layout.root, target: seen.root },
        ...spec.inputDataConfig.map((c) => ({
          source: join(shared.data, c.channelName),
          target: join(seen.inputData, c.channelName),
          readOnly: true,
        })),
        { source: shared.checkpoints, target: seen.checkpoints },
        ...(sourced ? [{ source: shared.code, target: join(seen.root, 'code') }] : []),
      ];
      return runner.launch({
        host: hosts[i],
        command: spec.algorithm!.command,
        cwd: shared.code,
        environment: trainingEnvironment(spec, seen, { current: hosts[i], hosts }, group),
        runId,
        onLine: (stream, line) => output.line(hosts[i], stream, line),
        image: spec.algorithm?.image,
        mounts,
        workdir: sourced ? join(seen.root, 'code') : undefined,
      });
    });
    await this.repository.setProcesses(
      spec.name,
      owner,
      runId,
      processes.map((p) => p.pid),
    );

    let ending: RunEnd['kind'] | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const terminate = (why: RunEnd['kind']) => {
      if (ending) return;
      ending = why;
      output.platformLine(`sending SIGTERM to the training code (${why}); SIGKILL in ${this.config.TRAINING_STOP_GRACE_MS} ms`);
      for (const p of processes) p.signal('SIGTERM');
      killTimer = setTimeout(() => processes.forEach((p) => p.signal('SIGKILL')), this.config.TRAINING_STOP_GRACE_MS);
    };
    job.terminate = () => terminate(job.leaving ? 'left' : 'stopped');
    if (job.leaving || job.stopRequested) job.terminate();
    const deadline = setTimeout(() => terminate('maxRuntime'), Math.max(0, remainingMs));
    const sync = checkpoints
      ? setInterval(() => void checkpoints.sync().catch(() => undefined), this.config.TRAINING_CHECKPOINT_SYNC_MS)
      : undefined;

    const exits: HostExit[] = [];
    let firstFailure: { host: string; exit: HostExit } | undefined;
    await Promise.all(
      processes.map(async (p, i) => {
        const exit = await p.exited;
        exits[i] = exit;
        if (exit.code !== 0 && !firstFailure) {
          firstFailure = { host: hosts[i], exit };
          // One host failing fails the job: the others are ended rather than left waiting for it.
          if (!ending) terminate('failed');
        }
        output.platformLine(`${hosts[i]} exited with ${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`}`);
      }),
    );
    clearTimeout(deadline);
    clearTimeout(killTimer);
    clearInterval(sync);
    job.terminate = undefined;
    await this.repository.setProcesses(spec.name, owner, null, []);

    if (ending === 'left' || job.leaving) return { kind: 'left' };
    if (ending === 'stopped' || ending === 'maxRuntime') return { kind: ending };
    if (!firstFailure) return { kind: 'completed' };
    const { host, exit } = firstFailure;
    const written = await readFile(layouts[hosts.indexOf(host)].failureFile, 'utf8').catch(() => '');
    const cause = exit.error
      ? `the command could not be started: ${exit.error}`
      : exit.signal
        ? `the code was killed by ${exit.signal}`
        : `the code exited with code ${exit.code}`;
    const reason = written.trim()
      ? `AlgorithmError: ${written.trim()}`
      : `AlgorithmError: ${cause} on ${host}${output.lastErrorLines(host)}`;
    return { kind: 'failed', reason: reason.slice(0, MAX_REASON_CHARS) };
  }

  /** model.tar.gz and output.tar.gz from the first host, as SageMaker uploads them. */
  private async upload(spec: TrainingJobSpec__Output, layout: HostLayout) {
    const base = prefixLocation(spec.s3OutputPath);
    const at = (name: string): ObjectLocation => ({
      bucket: base.bucket,
      key: [base.key, spec.name, 'output', name].filter(Boolean).join('/'),
    });
    await this.store.ensureBucket(base.bucket);
    const model = at('model.tar.gz');
    const data = at('output.tar.gz');
    const archives = join(layout.root, '..', 'archives');
    await mkdir(archives, { recursive: true });
    await pack(layout.model, join(archives, 'model.tar.gz'));
    await this.store.uploadFile(model, join(archives, 'model.tar.gz'));
    await pack(layout.outputData, join(archives, 'output.tar.gz'));
    await this.store.uploadFile(data, join(archives, 'output.tar.gz'));
    return { modelArtifacts: formatS3Uri(model), outputData: formatS3Uri(data) };
  }

  /** The ONNX file of the model directory becomes the next version of the named model, with the job's lineage. */
  private async register(spec: TrainingJobSpec__Output, layout: HostLayout, modelArtifacts: string, output: JobOutput) {
    const { model, description, tags } = spec.modelRegistration!;
    const outcome = await this.registrar.register({
      spec,
      model,
      description,
      tags,
      modelDirectory: layout.model,
      modelArtifacts,
      finalMetrics: await output.finalMetrics(),
    });
    if ('failureReason' in outcome) return outcome;
    output.platformLine(`registered ${outcome.file} as version ${outcome.registeredVersion} of model ${model}`);
    return { registeredModel: outcome.registeredModel, registeredVersion: outcome.registeredVersion };
  }

  private async end(
    spec: TrainingJobSpec__Output,
    owner: string,
    status: 'Completed' | 'Failed' | 'Stopped',
    output: JobOutput,
    outcome: Parameters<TrainingJobsRepository['finish']>[3] = {},
  ) {
    await output.flush();
    await this.uploadLog(spec).catch((error: unknown) =>
      this.logger.warn({ err: error, trainingJob: spec.name }, 'could not upload the job log'),
    );
    await this.repository.finish(spec.name, owner, status, outcome);
    this.metrics.trainingJobsFinished.inc({ status });
  }

  /** The whole log, as lines of "time host stream message", at <s3OutputPath>/<job>/logs/training.log. */
  private async uploadLog(spec: TrainingJobSpec__Output) {
    const base = prefixLocation(spec.s3OutputPath);
    const repository = this.repository;
    async function* lines() {
      let after = 0;
      for (;;) {
        const page = await repository.logs(spec.name, after, LOG_PAGE);
        if (page.length === 0) return;
        yield page.map((l) => `${l.at.toISOString()} ${l.host} ${l.stream} ${l.message}\n`).join('');
        after = page[page.length - 1].sequence;
      }
    }
    await this.store.ensureBucket(base.bucket);
    await this.store.uploadStream(
      { bucket: base.bucket, key: [base.key, spec.name, 'logs', 'training.log'].filter(Boolean).join('/') },
      Readable.from(lines()),
    );
  }
}

/**
 * A job's output as it streams: lines numbered and stored in batches, metric values parsed from them
 * and set on the job's Prometheus gauge.
 */
class JobOutput {
  private pendingLines: LogLine[] = [];
  private pendingMetrics: MetricPoint[] = [];
  private readonly parser: MetricParser;
  private readonly recentErrors = new Map<string, string[]>();
  private readonly gaugeMetrics = new Set<string>();
  private flushing?: Promise<void>;
  /** The flush a full backlog waits for. */
  private draining?: Promise<void>;

  constructor(
    private readonly repository: TrainingJobsRepository,
    private readonly spec: TrainingJobSpec__Output,
    private sequences: { log: number; metric: number },
    private readonly metrics: BatchMetrics,
  ) {
    this.parser = new MetricParser(spec.metricDefinitions);
  }

  /** Takes a line; past MAX_PENDING_LINES unstored lines, the flush to wait for before reading more. */
  line(host: string, stream: OutputStream, message: string): Promise<void> | undefined {
    const at = new Date();
    this.pendingLines.push({ sequence: ++this.sequences.log, at, host, stream, message });
    if (stream === 'stderr') {
      const recent = this.recentErrors.get(host) ?? [];
      recent.push(message);
      if (recent.length > 5) recent.shift();
      this.recentErrors.set(host, recent);
    }
    for (const { name, value } of this.parser.parse(message)) {
      this.pendingMetrics.push({ sequence: ++this.sequences.metric, name, value, at });
      this.metrics.trainingMetric.set({ job: this.spec.name, metric: name }, value);
      this.gaugeMetrics.add(name);
    }
    if (this.pendingLines.length < MAX_PENDING_LINES) return undefined;
    // Every line read while a flush for the backlog is under way waits for that one, rather than queueing
    // its own. It never rejects: a failed flush keeps its lines for the next, and the reader goes on.
    this.draining ??= this.flush()
      .catch(() => undefined)
      .finally(() => (this.draining = undefined));
    return this.draining;
  }

  /** The platform's own lines about the job, in the same log. */
  platformLine(message: string) {
    void this.line('platform', 'stdout', message);
  }

  /** The last lines a host printed on stderr, for a failure reason when the code wrote none. */
  lastErrorLines(host: string): string {
    const recent = this.recentErrors.get(host);
    return recent?.length ? `; stderr ends with: ${recent.join(' | ')}` : '';
  }

  /**
   * Stores what is pending, after any flush under way. What a failed flush could not store is kept for
   * the next (rows are inserted idempotently by sequence number, so a retried batch stores each once).
   */
  flush(): Promise<void> {
    const previous = this.flushing ?? Promise.resolve();
    this.flushing = previous
      .catch(() => undefined)
      .then(async () => {
        const lines = this.pendingLines;
        const metrics = this.pendingMetrics;
        this.pendingLines = [];
        this.pendingMetrics = [];
        try {
          await this.repository.addLogs(this.spec.name, lines);
          await this.repository.addMetrics(this.spec.name, metrics);
        } catch (error) {
          this.pendingLines = [...lines, ...this.pendingLines];
          this.pendingMetrics = [...metrics, ...this.pendingMetrics];
          throw error;
        }
      });
    return this.flushing;
  }

  async finalMetrics(): Promise<Record<string, number>> {
    await this.flush();
    const row = await this.repository.get(this.spec.name);
    return Object.fromEntries(Object.entries(row.final_metrics).map(([name, m]) => [name, m.value]));
  }

  /** Gauges are for jobs running here; a finished job's values stay in its description. */
  forgetGauges() {
    for (const metric of this.gaugeMetrics) this.metrics.trainingMetric.remove({ job: this.spec.name, metric });
  }
}

/** What every host of a job shares: the downloaded channels, the code and the checkpoint directory. */
const sharedDirectories = (directory: string) => ({
  data: join(directory, 'data'),
  code: join(directory, 'code'),
  checkpoints: join(directory, 'checkpoints'),
});

function failureReason(error: unknown): string {
  const text = (() => {
    if (error instanceof AppError) return error.message;
    const code = storageErrorCode(error);
    if (code) return `ClientError: storage: ${code}: ${(error as Error).message}`;
    if ((error as { code?: string })?.code === 'TAR_BAD_ARCHIVE' || /TAR_|zlib/i.test(String(error))) {
      return `ClientError: the code source is not a readable .tar.gz: ${(error as Error).message}`;
    }
    return `InternalServerError: ${String(error)}`;
  })();
  return text.slice(0, MAX_REASON_CHARS);
}
