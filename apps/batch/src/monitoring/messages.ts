import type { AlertEvent, AlertRule, BaselineJob, MonitoringExecution, MonitoringSchedule } from '@modelserve/contracts';
import type { AlertEventRow, AlertRuleRow } from './alerts.repository';
import type { BaselineJobRow, ExecutionRow, ScheduleRow } from './drift.repository';

/** Monitoring's records as gRPC messages. */

const iso = (date: Date | null) => (date ? date.toISOString() : '');

export const baselineJobMessage = (row: BaselineJobRow): BaselineJob => ({
  spec: row.spec,
  status: row.status,
  failureReason: row.failure_reason,
  records: Number(row.records),
  statisticsUri: row.statistics_uri,
  constraintsUri: row.constraints_uri,
  createdAt: iso(row.created_at),
  endedAt: iso(row.ended_at),
});

export const executionMessage = (row: ExecutionRow): MonitoringExecution => ({
  schedule: row.schedule,
  endpoint: row.endpoint,
  windowStart: iso(row.window_start),
  windowEnd: iso(row.window_end),
  status: row.status,
  failureReason: row.failure_reason,
  records: Number(row.records),
  statisticsUri: row.statistics_uri,
  violationsUri: row.violations_uri,
  violations: row.violations.map((v) => ({
    featureName: v.feature_name,
    constraintCheckType: v.constraint_check_type,
    description: v.description,
  })),
  startedAt: iso(row.started_at),
  endedAt: iso(row.ended_at),
  manual: row.manual,
});

export const scheduleMessage = (row: ScheduleRow, last: ExecutionRow | undefined): MonitoringSchedule => ({
  spec: row.spec,
  createdAt: iso(row.created_at),
  nextWindowEnd: iso(row.next_window_end),
  lastExecution: last ? executionMessage(last) : null,
});

/** A rule as answered: its secret is never sent back. */
export const alertRuleMessage = (row: AlertRuleRow): AlertRule => ({
  spec: { ...row.spec, webhookSecret: '' },
  state: row.state,
  ...(row.value !== null ? { value: row.value } : {}),
  evaluatedAt: iso(row.evaluated_at),
  since: iso(row.since),
  createdAt: iso(row.created_at),
});

export const alertEventMessage = (row: AlertEventRow): AlertEvent => ({
  rule: row.rule,
  state: row.state,
  ...(row.value !== null ? { value: row.value } : {}),
  description: row.description,
  at: iso(row.at),
  deliveredAt: iso(row.delivered_at),
  deliveryAttempts: row.delivery_attempts,
  deliveryError: row.delivery_error,
});
