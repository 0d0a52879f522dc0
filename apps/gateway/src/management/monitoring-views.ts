import type {
  AlertEvent__Output,
  AlertRule__Output,
  BaselineJob__Output,
  MonitoringExecution__Output,
  MonitoringSchedule__Output,
  QualityReport__Output,
  VariantQuality__Output,
} from '@modelserve/contracts';

/** Monitoring's gRPC messages as the REST API answers them. */

const optional = <T, V extends object>(value: T | null | undefined, view: (v: T) => V): V | object =>
  value === null || value === undefined ? {} : view(value);

const variantQualityView = (v: VariantQuality__Output) => ({
  variant: v.variant,
  model: v.model?.model,
  version: v.model?.version,
  problemType: v.problemType,
  predictions: v.predictions,
  labelled: v.labelled,
  coverage: v.coverage,
  ...optional(v.classification, (c) => ({
    classification: {
      accuracy: c.accuracy,
      precision: c.macroPrecision,
      recall: c.macroRecall,
      f1: c.macroF1,
      ...(c.auc !== undefined && c.auc !== null ? { auc: c.auc } : {}),
      perClass: c.classes.map(({ label, precision, recall, f1, support }) => ({ label, precision, recall, f1, support })),
      confusionMatrix: { labels: c.confusionMatrix?.labels ?? [], counts: c.confusionMatrix?.rows.map((r) => r.counts) ?? [] },
    },
  })),
  ...optional(v.regression, (r) => ({
    regression: { mae: r.mae, rmse: r.rmse, ...(r.r2 !== undefined && r.r2 !== null ? { r2: r.r2 } : {}) },
  })),
  ...(v.note ? { note: v.note } : {}),
});

export const qualityView = (report: QualityReport__Output, window: string) => ({
  endpoint: report.endpoint,
  window,
  windowStart: report.windowStart,
  windowEnd: report.windowEnd,
  variants: report.variants.map(variantQualityView),
});

export const baselineJobView = (job: BaselineJob__Output) => ({
  name: job.spec?.name,
  dataset: job.spec?.dataset,
  contentType: job.spec?.contentType,
  header: job.spec?.header,
  ...(job.spec?.output ? { output: job.spec.output } : {}),
  ...(job.spec?.model ? { model: { name: job.spec.model.model, version: job.spec.model.version } } : {}),
  status: job.status,
  ...(job.failureReason ? { failureReason: job.failureReason } : {}),
  records: job.records,
  ...(job.statisticsUri ? { statistics: job.statisticsUri, constraints: job.constraintsUri } : {}),
  createdAt: job.createdAt,
  ...(job.endedAt ? { endedAt: job.endedAt } : {}),
});

export const executionView = (e: MonitoringExecution__Output) => ({
  schedule: e.schedule,
  endpoint: e.endpoint,
  windowStart: e.windowStart,
  windowEnd: e.windowEnd,
  manual: e.manual,
  status: e.status,
  ...(e.failureReason ? { failureReason: e.failureReason } : {}),
  records: e.records,
  ...(e.violationsUri ? { statistics: e.statisticsUri, constraintViolations: e.violationsUri } : {}),
  violations: e.violations.map((v) => ({ featureName: v.featureName, checkType: v.constraintCheckType, description: v.description })),
  startedAt: e.startedAt,
  ...(e.endedAt ? { endedAt: e.endedAt } : {}),
});

export const scheduleView = (s: MonitoringSchedule__Output) => ({
  name: s.spec?.name,
  endpoint: s.spec?.endpoint,
  baseline: s.spec?.baseline,
  schedule: s.spec?.schedule,
  thresholds: s.spec?.thresholds,
  ...(s.spec?.output ? { output: s.spec.output } : {}),
  createdAt: s.createdAt,
  nextWindowEnd: s.nextWindowEnd,
  ...optional(s.lastExecution, (e) => ({ lastExecution: executionView(e) })),
});

export const alertRuleView = (r: AlertRule__Output) => ({
  name: r.spec?.name,
  ...(r.spec?.endpoint ? { endpoint: r.spec.endpoint } : {}),
  ...(r.spec?.streamJob ? { streamJob: r.spec.streamJob } : {}),
  ...(r.spec?.variant ? { variant: r.spec.variant } : {}),
  metric: r.spec?.metric,
  comparison: r.spec?.comparison,
  threshold: r.spec?.threshold,
  window: `${r.spec?.windowSeconds}s`,
  // The secret is answered once, when the rule is created.
  webhook: { url: r.spec?.webhookUrl, ...(r.spec?.webhookSecret ? { secret: r.spec.webhookSecret } : {}) },
  state: r.state,
  ...(r.value !== undefined && r.value !== null ? { value: r.value } : {}),
  ...(r.evaluatedAt ? { evaluatedAt: r.evaluatedAt } : {}),
  since: r.since,
  createdAt: r.createdAt,
});

export const alertEventView = (e: AlertEvent__Output) => ({
  rule: e.rule,
  state: e.state,
  ...(e.value !== undefined && e.value !== null ? { value: e.value } : {}),
  description: e.description,
  at: e.at,
  delivery: e.deliveredAt
    ? { delivered: true, at: e.deliveredAt, attempts: e.deliveryAttempts }
    : { delivered: false, attempts: e.deliveryAttempts, ...(e.deliveryError ? { error: e.deliveryError } : {}) },
});
