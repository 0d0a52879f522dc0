import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  // Training jobs; the queue of jobs waiting for a training slot is this table.
  `CREATE TABLE training_jobs (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  -- InProgress, Completed, Failed, Stopping or Stopped.
  status text NOT NULL DEFAULT 'InProgress',
  -- Where the job is within its status (Pending, Starting, Downloading, Training, Uploading, ...), and
  -- every such step with its times.
  secondary_status text NOT NULL DEFAULT 'Pending',
  transitions jsonb NOT NULL DEFAULT '[]',
  failure_reason text NOT NULL DEFAULT '',
  -- The batch instance running the job, and until when its claim holds without renewal.
  owner text,
  lease_expires_at timestamptz,
  -- The job's processes of its current run: a restarted service finds and ends them through these.
  run_id text,
  process_ids jsonb NOT NULL DEFAULT '[]',
  restarts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  training_started_at timestamptz,
  training_ended_at timestamptz,
  billable_seconds bigint NOT NULL DEFAULT 0,
  ended_at timestamptz,
  final_metrics jsonb NOT NULL DEFAULT '{}',
  model_artifacts text NOT NULL DEFAULT '',
  output_data text NOT NULL DEFAULT '',
  registered_model text NOT NULL DEFAULT '',
  registered_version integer NOT NULL DEFAULT 0
)`,
  `CREATE INDEX training_jobs_open ON training_jobs (created_at) WHERE status IN ('InProgress', 'Stopping')`,
  // Every value a job printed of its metrics, in the order printed.
  `CREATE TABLE training_metrics (
  job text NOT NULL REFERENCES training_jobs (name) ON DELETE CASCADE,
  sequence bigint NOT NULL,
  name text NOT NULL,
  value double precision NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (job, sequence)
)`,
  // The job's output lines (and the platform's own lines about it), for reading while it runs; the whole
  // log is also uploaded to storage when the job ends.
  `CREATE TABLE training_logs (
  job text NOT NULL REFERENCES training_jobs (name) ON DELETE CASCADE,
  sequence bigint NOT NULL,
  at timestamptz NOT NULL,
  host text NOT NULL,
  stream text NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (job, sequence)
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['training_logs', 'training_metrics', 'training_jobs']) await sql.raw(`DROP TABLE ${table}`).execute(db);
}
