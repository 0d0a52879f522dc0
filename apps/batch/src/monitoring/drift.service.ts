import { AppError, invalidRequest, type Logger } from '@modelserve/common';
import {
  baselineJobSpec,
  monitoringScheduleSpec,
  type BaselineJob,
  type MonitoringExecution,
  type MonitoringSchedule,
} from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import type { BaselineJobRequest, MonitoringScheduleRequest } from '@modelserve/schemas';
import { formatS3Uri, listKeys, ObjectStore, parseS3Uri, readAll, StorageAllowList, type ObjectLocation } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { BatchMetrics } from '../observability/metrics';
import { CaptureFiles } from './capture-files';
import { DriftRepository, type BaselineJobRow, type ExecutionRow, type ScheduleRow } from './drift.repository';
import { capturedRows, datasetRows } from './feature-rows';
import {
  checkConstraints,
  FeatureProfiler,
  suggestConstraints,
  type Constraints,
  type DriftMethod,
  type Statistics,
} from './feature-statistics';
import { baselineJobMessage, executionMessage, scheduleMessage } from './messages';
import { parseSchedule, type Window } from './schedule';

/** statistics.json and constraints.json are read whole; real ones are kilobytes. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/**
 * Data drift, as SageMaker Model Monitor checks it: a baseline job profiles a training data set into
 * statistics.json and suggested constraints.json; a monitoring schedule profiles each window of an
 * endpoint's captured inputs and writes the constraints it violates to constraint_violations.json.
 * Windows are claimed in PostgreSQL, so each runs once whatever the number of batch instances, and a
 * schedule catches up on the windows it missed while no instance ran.
 */
@Injectable()
export class DriftService {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly repository: DriftRepository,
    private readonly captures: CaptureFiles,
    private readonly routing: RoutingTable,
    private readonly store: ObjectStore,
    private readonly allowList: StorageAllowList,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  async createBaseline(request: BaselineJobRequest): Promise<BaselineJob> {
    this.allowList.check('dataset', request.dataset);
    if (request.output) this.allowList.check('output', request.output);
    const row = await this.repository.insertBaseline(baselineJobSpec(request), this.config.BATCH_INSTANCE_ID, this.config.BATCH_LEASE_MS);
    this.inBackground(this.runBaseline(row));
    return baselineJobMessage(row);
  }

  async baseline(name: string): Promise<BaselineJob> {
    return baselineJobMessage(await this.repository.baseline(name));
  }

  async baselines(): Promise<BaselineJob[]> {
    return (await this.repository.listBaselines()).map(baselineJobMessage);
  }

  async createSchedule(request: MonitoringScheduleRequest): Promise<MonitoringSchedule> {
    const schedule = parseSchedule(request.schedule);
    if (request.output) this.allowList.check('output', request.output);
    if (!this.routing.knows(request.endpoint)) throw new AppError('NotFound', `endpoint ${request.endpoint} does not exist`);
    const baseline = await this.repository.baseline(request.baseline);
    if (baseline.status === 'Failed') throw invalidRequest(`baseline job ${request.baseline} failed: ${baseline.failure_reason}`);
    const row = await this.repository.insertSchedule(monitoringScheduleSpec(request), schedule.nextEnd(new Date()));
    this.logger.info({ schedule: row.name, endpoint: row.endpoint, every: request.schedule }, 'monitoring schedule created');
    return scheduleMessage(row, undefined);
  }

  async schedule(name: string): Promise<MonitoringSchedule> {
    const row = await this.repository.schedule(name);
    return scheduleMessage(row, (await this.repository.latestFinished([name])).get(name));
  }

  async schedules(endpoint?: string): Promise<MonitoringSchedule[]> {
    const rows = await this.repository.listSchedules(endpoint);
    const latest = await this.repository.latestFinished(rows.map((r) => r.name));
    return rows.map((row) => scheduleMessage(row, latest.get(row.name)));
  }

  async deleteSchedule(name: string): Promise<MonitoringSchedule> {
    const row = await this.repository.schedule(name);
    await this.repository.deleteSchedule(name);
    return scheduleMessage(row, undefined);
  }

  /** Runs a schedule now over the captured data of one period up to this moment; the execution is answered InProgress. */
  async runNow(name: string): Promise<MonitoringExecution> {
    const row = await this.repository.schedule(name);
    const now = new Date();
    const schedule = parseSchedule(row.spec.schedule);
    const period = schedule.windowEndingAt(schedule.nextEnd(now));
    const window = { start: new Date(now.getTime() - (period.end.getTime() - period.start.getTime())), end: now };
    const execution = await this.repository.insertManualExecution(
      `${name}/manual/${now.toISOString()}/${randomUUID().slice(0, 8)}`,
      row,
      window,
      this.config.BATCH_INSTANCE_ID,
      this.config.BATCH_LEASE_MS,
    );
    this.inBackground(this.runExecution(execution));
    return executionMessage(execution);
  }

  async executions(filter: { schedule?: string; endpoint?: string }, limit: number): Promise<MonitoringExecution[]> {
    if (filter.schedule) await this.repository.schedule(filter.schedule);
    return (await this.repository.listExecutions(filter, Math.min(Math.max(limit || 50, 1), 500))).map(executionMessage);
  }

  /**
   * One turn of the loop: takes over baselines and executions whose instance died, then runs the
   * windows that are due (ended at least MONITORING_GRACE_MS ago, so that capture files are in).
   */
  async tick(): Promise<void> {
    const owner = this.config.BATCH_INSTANCE_ID;
    const leaseMs = this.config.BATCH_LEASE_MS;
    for (
      let orphan = await this.repository.claimOrphanBaseline(owner, leaseMs);
      orphan;
      orphan = await this.repository.claimOrphanBaseline(owner, leaseMs)
    ) {
      await this.runBaseline(orphan);
    }
    for (
      let orphan = await this.repository.claimOrphanExecution(owner, leaseMs);
      orphan;
      orphan = await this.repository.claimOrphanExecution(owner, leaseMs)
    ) {
      await this.runExecution(orphan);
    }
    for (const row of await this.repository.dueSchedules(new Date(Date.now() - this.config.MONITORING_GRACE_MS))) {
      let schedule;
      try {
        schedule = parseSchedule(row.spec.schedule);
      } catch {
        continue;
      }
      const execution = await this.repository.claimWindow(
        row,
        schedule.windowEndingAt(row.next_window_end),
        schedule.nextEnd(row.next_window_end),
        owner,
        leaseMs,
      );
      if (execution) await this.runExecution(execution);
    }
  }

  /** Waits for baselines and executions started from requests. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private inBackground(work: Promise<unknown>) {
    const tracked = work
      .catch((error) => this.logger.error({ err: error }, 'monitoring work failed'))
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  private async runBaseline(row: BaselineJobRow): Promise<void> {
    const owner = this.config.BATCH_INSTANCE_ID;
    const renewal = this.renewing(() => this.repository.renewBaseline(row.name, owner, this.config.BATCH_LEASE_MS));
    try {
      const spec = row.spec;
      const profiler = new FeatureProfiler();
      const source = parseS3Uri(spec.dataset)!;
      const keys = (await listKeys(this.store, source.bucket, source.key)).filter((key) => !key.endsWith('/'));
      if (keys.length === 0) throw invalidRequest(`there is no object under ${spec.dataset}`);
      for (const key of keys) {
        for await (const rows of datasetRows(
          await this.store.read({ bucket: source.bucket, key }),
          spec.contentType,
          spec.header,
          (names) => profiler.useNames(names),
        )) {
          for (const featureRow of rows) profiler.addRow(featureRow);
        }
      }
      if (profiler.rowCount === 0) throw invalidRequest(`the data set under ${spec.dataset} has no rows`);
      const statistics = profiler.statistics();
      const output = spec.output ? parseS3Uri(spec.output)! : this.store.location(`monitoring/baselines/${spec.name}`);
      const statisticsAt = await this.writeJson(output, 'statistics.json', statistics);
      const constraintsAt = await this.writeJson(output, 'constraints.json', suggestConstraints(statistics));
      await this.repository.finishBaseline(row.name, owner, {
        status: 'Completed',
        records: profiler.rowCount,
        statistics_uri: statisticsAt,
        constraints_uri: constraintsAt,
      });
      this.logger.info({ baseline: row.name, records: profiler.rowCount, features: statistics.features.length }, 'baseline job completed');
    } catch (error) {
      this.logger.warn({ err: error, baseline: row.name }, 'baseline job failed');
      await this.repository.finishBaseline(row.name, owner, { status: 'Failed', failure_reason: reasonOf(error) });
    } finally {
      clearInterval(renewal);
    }
  }

  private async runExecution(execution: ExecutionRow): Promise<void> {
    const owner = this.config.BATCH_INSTANCE_ID;
    const renewal = this.renewing(() => this.repository.renewExecution(execution.id, owner, this.config.BATCH_LEASE_MS));
    try {
      const schedule = await this.repository.schedule(execution.schedule).catch(() => undefined);
      if (!schedule) throw invalidRequest(`monitoring schedule ${execution.schedule} was deleted`);
      const baseline = await this.repository.baseline(schedule.spec.baseline);
      if (baseline.status !== 'Completed') throw invalidRequest(`baseline job ${baseline.name} is ${baseline.status}, not Completed`);
      const baselineStatistics = await this.readJson<Statistics>(baseline.statistics_uri);
      const constraints = await this.readJson<Constraints>(baseline.constraints_uri);
      const window = { start: execution.window_start, end: execution.window_end };
      const current = await this.profileWindow(
        schedule.endpoint,
        window,
        baselineStatistics.features.map((f) => f.name),
      );
      if (current.dataset.item_count === 0) throw invalidRequest('the window holds no captured inputs');
      const thresholds = schedule.spec.thresholds!;
      const violations = checkConstraints(baselineStatistics, constraints, current, {
        method: thresholds.method as DriftMethod,
        drift: thresholds.drift,
        completeness: thresholds.completeness,
        dataType: thresholds.dataType,
        domainContent: thresholds.domainContent,
      });
      const output = this.reportLocation(schedule, execution);
      const statisticsUri = await this.writeJson(output, 'statistics.json', current);
      const violationsUri = await this.writeJson(output, 'constraint_violations.json', { violations });
      const status = violations.length ? 'CompletedWithViolations' : 'Completed';
      this.metrics.monitoringExecutions.inc({ schedule: schedule.name, status });
      await this.repository.finishExecution(execution.id, owner, {
        status,
        records: current.dataset.item_count,
        statisticsUri,
        violationsUri,
        violations,
      });
      this.logger.info(
        { schedule: schedule.name, window: `${window.start.toISOString()}/${window.end.toISOString()}`, violations: violations.length },
        'monitoring execution finished',
      );
    } catch (error) {
      this.logger.warn({ err: error, execution: execution.id }, 'monitoring execution failed');
      this.metrics.monitoringExecutions.inc({ schedule: execution.schedule, status: 'Failed' });
      await this.repository.finishExecution(execution.id, owner, { status: 'Failed', failureReason: reasonOf(error) });
    } finally {
      clearInterval(renewal);
    }
  }

  /** Statistics of the endpoint's inputs captured in the window, features named by position as the baseline's. */
  private async profileWindow(endpoint: string, window: Window, names: readonly string[]): Promise<Statistics> {
    const profiler = new FeatureProfiler(names);
    const start = window.start.getTime();
    const end = window.end.getTime();
    for (const file of await this.captures.filesOf(endpoint, window.start, window.end)) {
      for (const record of await this.captures.read(file)) {
        const time = Date.parse(record.time);
        if (!(time >= start && time < end) || !record.input) continue;
        try {
          for (const row of capturedRows(record.input)) profiler.addRow(row);
        } catch {
          // An input that cannot be read as rows is left out of the profile.
        }
      }
    }
    return profiler.statistics();
  }

  private reportLocation(schedule: ScheduleRow, execution: ExecutionRow): ObjectLocation {
    const base = schedule.spec.output ? parseS3Uri(schedule.spec.output)! : this.store.location(`monitoring/${schedule.name}`);
    const folder = execution.manual ? `manual/${execution.window_end.toISOString()}` : execution.window_end.toISOString();
    return { bucket: base.bucket, key: `${base.key.replace(/\/+$/, '')}/${folder}` };
  }

  private async writeJson(folder: ObjectLocation, name: string, value: unknown): Promise<string> {
    const location = { bucket: folder.bucket, key: `${folder.key.replace(/\/+$/, '')}/${name}` };
    const body = Buffer.from(JSON.stringify(value, null, 2));
    await this.store.ensureBucket(location.bucket);
    await this.store.uploadStream(location, body, body.length);
    return formatS3Uri(location);
  }

  private async readJson<T>(uri: string): Promise<T> {
    const body = await readAll(await this.store.read(parseS3Uri(uri)!), MAX_REPORT_BYTES);
    if (!body) throw invalidRequest(`${uri} is larger than ${MAX_REPORT_BYTES} bytes`);
    try {
      return JSON.parse(body.toString('utf8')) as T;
    } catch {
      throw invalidRequest(`${uri} is not JSON`);
    }
  }

  /** Renews a claim a few times per lease while work runs. */
  private renewing(renew: () => Promise<void>): NodeJS.Timeout {
    const timer = setInterval(() => void renew().catch(() => undefined), Math.max(500, Math.floor(this.config.BATCH_LEASE_MS / 3)));
    timer.unref();
    return timer;
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
