import { AppError, type Logger } from '@modelserve/common';
import { alertRuleSpec, type AlertEvent, type AlertRule } from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import type { AlertRuleRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { BATCH_CONFIG, BATCH_LOGGER, type BatchConfig } from '../config';
import { BatchMetrics } from '../observability/metrics';
import { StreamJobsService } from '../stream/stream-jobs.service';
import { AlertsRepository, type AlertRuleRow } from './alerts.repository';
import { DriftRepository } from './drift.repository';
import { alertEventMessage, alertRuleMessage } from './messages';
import { MonitoringRegistry } from './monitoring-registry';
import { QualityService, type VariantQuality } from './quality.service';

/** The signature header of a webhook: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-modelserve-signature';

/** Signs a webhook body the way receivers check it: over the timestamp and the body, so that a replay with another time fails. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const COMPARE: Record<string, (value: number, threshold: number) => boolean> = {
  '>': (v, t) => v > t,
  '>=': (v, t) => v >= t,
  '<': (v, t) => v < t,
  '<=': (v, t) => v <= t,
};

/** Quality metrics by the name a rule gives them. */
const QUALITY_METRICS: Record<string, (q: VariantQuality) => number | null | undefined> = {
  'quality.accuracy': (q) => q.classification?.accuracy,
  'quality.macroF1': (q) => q.classification?.macroF1,
  'quality.macroPrecision': (q) => q.classification?.macroPrecision,
  'quality.macroRecall': (q) => q.classification?.macroRecall,
  'quality.auc': (q) => q.classification?.auc,
  'quality.mae': (q) => q.regression?.mae,
  'quality.rmse': (q) => q.regression?.rmse,
  'quality.r2': (q) => q.regression?.r2,
};

/**
 * Alert rules over the platform's own figures: error rate, latency and invocations (as gateways and
 * workers report them to the registry), quality from ground truth, drift violations and stream-job lag.
 * Each rule is evaluated once per ALERT_EVALUATION_MS by one instance; when its state changes, an event
 * is recorded and its webhook delivered (signed, retried until it is), and the registry is told, so
 * that an endpoint update naming the rule rolls back while it fires.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly repository: AlertsRepository,
    private readonly drift: DriftRepository,
    private readonly quality: QualityService,
    private readonly streams: StreamJobsService,
    private readonly registry: MonitoringRegistry,
    private readonly routing: RoutingTable,
    private readonly metrics: BatchMetrics,
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  /** Creates a rule; the answer carries the webhook's secret, the only time it is shown. */
  async create(request: AlertRuleRequest): Promise<AlertRule> {
    if (request.endpoint && this.routing.hasTable && !this.routing.knows(request.endpoint)) {
      throw new AppError('NotFound', `endpoint ${request.endpoint} does not exist`);
    }
    if (request.streamJob) await this.streams.get(request.streamJob);
    const secret = request.webhook.secret ?? randomBytes(32).toString('base64url');
    const row = await this.repository.insert(alertRuleSpec(request), secret);
    const rule = alertRuleMessage(row);
    return { ...rule, spec: { ...rule.spec!, webhookSecret: secret } };
  }

  async get(name: string): Promise<AlertRule> {
    return alertRuleMessage(await this.repository.rule(name));
  }

  async list(): Promise<AlertRule[]> {
    return (await this.repository.list()).map(alertRuleMessage);
  }

  async delete(name: string): Promise<AlertRule> {
    const row = await this.repository.rule(name);
    await this.repository.delete(name);
    if (row.spec.endpoint)
      await this.registry.setAlarm({ name, endpoint: row.spec.endpoint, firing: false, reason: 'deleted' }).catch(() => undefined);
    return alertRuleMessage(row);
  }

  async events(rule: string | undefined, limit: number): Promise<AlertEvent[]> {
    if (rule) await this.repository.rule(rule);
    return (await this.repository.events(rule, Math.min(Math.max(limit || 100, 1), 1000))).map(alertEventMessage);
  }

  /** One turn: evaluates the rules that are due, then delivers the webhooks still owed. */
  async tick(): Promise<void> {
    for (const rule of await this.repository.claimDue(this.config.ALERT_EVALUATION_MS)) {
      try {
        await this.evaluate(rule);
      } catch (error) {
        this.logger.warn({ err: error, rule: rule.name }, 'alert rule evaluation failed; it keeps its state');
      }
    }
    await this.deliver();
  }

  private async evaluate(rule: AlertRuleRow): Promise<void> {
    const spec = rule.spec;
    const observed = await this.observe(rule);
    const value = observed ?? null;
    // No data (no traffic, no labels yet) is not a breach: the rule resolves or stays OK.
    const breaching = observed !== undefined && COMPARE[spec.comparison](observed, spec.threshold);
    const state = breaching ? 'Firing' : 'OK';
    const description = `${spec.metric} of ${spec.streamJob ? `stream job ${spec.streamJob}` : `endpoint ${spec.endpoint}`}${
      spec.variant ? ` variant ${spec.variant}` : ''
    } over ${spec.windowSeconds}s is ${observed === undefined ? 'without data' : round(observed)}; the rule fires when it is ${spec.comparison} ${spec.threshold}`;
    const changed = state !== rule.state;
    const id = randomUUID();
    const now = new Date();
    await this.repository.recordEvaluation(
      rule,
      value,
      changed
        ? {
            state,
            event: {
              id,
              state: breaching ? 'firing' : 'resolved',
              description,
              payload: JSON.stringify({
                id,
                rule: rule.name,
                state: breaching ? 'firing' : 'resolved',
                endpoint: spec.endpoint || undefined,
                variant: spec.variant || undefined,
                streamJob: spec.streamJob || undefined,
                metric: spec.metric,
                comparison: spec.comparison,
                threshold: spec.threshold,
                windowSeconds: spec.windowSeconds,
                value,
                description,
                // When the rule entered the state it leaves now; and now.
                since: rule.since.toISOString(),
                at: now.toISOString(),
              }),
            },
          }
        : undefined,
    );
    if (changed) {
      this.logger.warn({ rule: rule.name, state, value }, `alert ${breaching ? 'firing' : 'resolved'}`);
      this.metrics.alertTransitions.inc({ rule: rule.name, state: breaching ? 'firing' : 'resolved' });
    }
    // Told on every evaluation, not only on changes, so that a registry that missed one catches up.
    if (spec.endpoint) {
      await this.registry
        .setAlarm({ name: rule.name, endpoint: spec.endpoint, firing: breaching, reason: description })
        .catch((error) => this.logger.warn({ err: error, rule: rule.name }, 'could not tell the registry the alert state'));
    }
  }

  /** The rule's figure now, or undefined when there is nothing to judge by. */
  private async observe(rule: AlertRuleRow): Promise<number | undefined> {
    const spec = rule.spec;
    const worst = (values: number[]) =>
      values.length === 0 ? undefined : spec.comparison.startsWith('<') ? Math.min(...values) : Math.max(...values);
    const ofVariant = <T extends { variant: string }>(rows: T[]) => (spec.variant ? rows.filter((r) => r.variant === spec.variant) : rows);
    switch (spec.metric) {
      case 'streamLagRecords': {
        const job = await this.streams.get(spec.streamJob);
        const lag = job.lag ?? [];
        return lag.length ? lag.reduce((sum, p) => sum + Number(p.lag), 0) : undefined;
      }
      case 'driftViolations': {
        const since = Date.now() - spec.windowSeconds * 1000;
        const [latest] = (await this.drift.listExecutions({ endpoint: spec.endpoint }, 20)).filter(
          (e) => e.status !== 'InProgress' && e.status !== 'Failed' && e.window_end.getTime() >= since,
        );
        return latest ? latest.violations.length : undefined;
      }
      case 'errorRatePercent':
      case 'invocations':
      case 'p99LatencyMs': {
        const variants = ofVariant((await this.registry.figures(spec.endpoint, spec.windowSeconds)).variants);
        const invocations = variants.reduce((sum, v) => sum + Number(v.invocations), 0);
        if (spec.metric === 'invocations') return invocations;
        if (invocations === 0) return undefined;
        if (spec.metric === 'errorRatePercent') return (variants.reduce((sum, v) => sum + Number(v.serverErrors), 0) / invocations) * 100;
        // Quantiles do not add up across variants: the rule watches the worst variant.
        return worst(variants.flatMap((v) => (typeof v.latency?.p99 === 'number' ? [v.latency.p99 * 1000] : [])));
      }
      default: {
        const read = QUALITY_METRICS[spec.metric];
        const report = await this.quality.report(spec.endpoint, spec.windowSeconds);
        return worst(ofVariant(report.variants).flatMap((v) => (typeof read(v) === 'number' ? [read(v) as number] : [])));
      }
    }
  }

  private async deliver(): Promise<void> {
    const timeoutMs = this.config.ALERT_WEBHOOK_TIMEOUT_MS;
    for (const event of await this.repository.claimUndelivered(this.config.ALERT_WEBHOOK_MAX_ATTEMPTS, timeoutMs * 2)) {
      const attempts = event.delivery_attempts + 1;
      if (!event.url || !event.secret) {
        await this.repository.deliveryFailed(event.id, this.config.ALERT_WEBHOOK_MAX_ATTEMPTS, 'the rule was deleted', 0);
        continue;
      }
      const timestamp = Math.floor(Date.now() / 1000);
      try {
        const response = await fetch(event.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'modelserve-alerts',
            'x-modelserve-event-id': event.id,
            [SIGNATURE_HEADER]: webhookSignature(event.secret, timestamp, event.payload),
          },
          body: event.payload,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        if (!response.ok) throw new Error(`the receiver answered ${response.status}`);
        await this.repository.delivered(event.id, attempts);
      } catch (error) {
        const retryInMs = Math.min(300_000, 1000 * 2 ** attempts);
        this.logger.warn({ err: error, rule: event.rule, event: event.id, attempts }, 'alert webhook delivery failed');
        await this.repository.deliveryFailed(event.id, attempts, (error as Error).message, retryInMs);
      }
    }
  }
}

const round = (value: number) => Number(value.toPrecision(6));
