import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  // Labels keyed by inference id: one value per row of the invocation. They may come before the
  // prediction they label is captured, or long after; the two meet when a quality report joins them.
  `CREATE TABLE ground_truth (
  endpoint text NOT NULL,
  inference_id text NOT NULL,
  labels jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (endpoint, inference_id)
)`,
  // Predictions read from captured invocations (the answer's per-row values, as the gateway wrote them).
  `CREATE TABLE captured_predictions (
  endpoint text NOT NULL,
  inference_id text NOT NULL,
  variant text NOT NULL,
  model text NOT NULL,
  version integer NOT NULL,
  captured_at timestamptz NOT NULL,
  predictions jsonb NOT NULL,
  PRIMARY KEY (endpoint, inference_id)
)`,
  `CREATE INDEX captured_predictions_window ON captured_predictions (endpoint, captured_at)`,
  // Capture files already read into captured_predictions, so that each is read once across instances.
  `CREATE TABLE capture_files (
  bucket text NOT NULL,
  key text NOT NULL,
  endpoint text NOT NULL,
  records integer NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bucket, key)
)`,
  `CREATE INDEX capture_files_endpoint ON capture_files (endpoint, key)`,
  `CREATE TABLE baseline_jobs (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  -- InProgress, Completed or Failed.
  status text NOT NULL DEFAULT 'InProgress',
  failure_reason text NOT NULL DEFAULT '',
  records bigint NOT NULL DEFAULT 0,
  statistics_uri text NOT NULL DEFAULT '',
  constraints_uri text NOT NULL DEFAULT '',
  owner text,
  lease_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
)`,
  `CREATE TABLE monitoring_schedules (
  name text PRIMARY KEY,
  endpoint text NOT NULL,
  spec jsonb NOT NULL,
  -- The end of the next window to run; whoever moves it on runs that window.
  next_window_end timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE TABLE monitoring_executions (
  id text PRIMARY KEY,
  schedule text NOT NULL,
  endpoint text NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  manual boolean NOT NULL DEFAULT false,
  -- InProgress, Completed, CompletedWithViolations or Failed.
  status text NOT NULL DEFAULT 'InProgress',
  failure_reason text NOT NULL DEFAULT '',
  records bigint NOT NULL DEFAULT 0,
  statistics_uri text NOT NULL DEFAULT '',
  violations_uri text NOT NULL DEFAULT '',
  violations jsonb NOT NULL DEFAULT '[]',
  owner text,
  lease_expires_at timestamptz,
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
)`,
  // A scheduled window runs once, whichever instance runs it.
  `CREATE UNIQUE INDEX monitoring_executions_window ON monitoring_executions (schedule, window_end) WHERE NOT manual`,
  `CREATE INDEX monitoring_executions_endpoint ON monitoring_executions (endpoint, started_at)`,
  `CREATE TABLE alert_rules (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  -- Key of the webhook's HMAC signature.
  secret text NOT NULL,
  -- OK or Firing.
  state text NOT NULL DEFAULT 'OK',
  value double precision,
  evaluated_at timestamptz,
  since timestamptz NOT NULL DEFAULT now(),
  -- Whoever moves this on evaluates the rule; one instance per turn.
  next_evaluation_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  // Firing and resolution of each rule, with the delivery of its webhook (retried until delivered).
  `CREATE TABLE alert_events (
  id text PRIMARY KEY,
  rule text NOT NULL,
  state text NOT NULL,
  value double precision,
  description text NOT NULL,
  payload text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  delivery_attempts integer NOT NULL DEFAULT 0,
  delivery_error text NOT NULL DEFAULT '',
  next_delivery_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE INDEX alert_events_rule ON alert_events (rule, at)`,
  `CREATE INDEX alert_events_undelivered ON alert_events (next_delivery_at) WHERE delivered_at IS NULL`,
];

const TABLES = [
  'alert_events',
  'alert_rules',
  'monitoring_executions',
  'monitoring_schedules',
  'baseline_jobs',
  'capture_files',
  'captured_predictions',
  'ground_truth',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql.raw(`DROP TABLE ${table}`).execute(db);
}
