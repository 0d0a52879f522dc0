import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  `CREATE TABLE transform_jobs (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  status text NOT NULL,
  failure_reason text NOT NULL DEFAULT '',
  endpoint text NOT NULL DEFAULT '',
  objects_total integer,
  records_processed bigint NOT NULL DEFAULT 0,
  records_failed bigint NOT NULL DEFAULT 0,
  -- The batch instance running the job, and until when its claim holds without renewal.
  owner text,
  lease_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  ended_at timestamptz
)`,
  // One row per input object: the checkpoint a restarted job resumes from.
  `CREATE TABLE transform_objects (
  job text NOT NULL REFERENCES transform_jobs (name) ON DELETE CASCADE,
  key text NOT NULL,
  status text NOT NULL DEFAULT 'Pending',
  upload_id text,
  parts jsonb NOT NULL DEFAULT '[]',
  lines_done bigint NOT NULL DEFAULT 0,
  bytes_done bigint NOT NULL DEFAULT 0,
  records_processed bigint NOT NULL DEFAULT 0,
  records_failed bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (job, key)
)`,
  // Failed records; written idempotently, so a resumed object may report a record again safely.
  `CREATE TABLE transform_errors (
  job text NOT NULL,
  key text NOT NULL,
  line bigint NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (job, key, line),
  FOREIGN KEY (job, key) REFERENCES transform_objects (job, key) ON DELETE CASCADE
)`,
  `CREATE TABLE stream_jobs (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  status text NOT NULL,
  failure_reason text NOT NULL DEFAULT '',
  endpoint text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  // Counters each batch instance reports for the stream jobs it consumes.
  `CREATE TABLE stream_job_counters (
  job text NOT NULL REFERENCES stream_jobs (name) ON DELETE CASCADE,
  instance text NOT NULL,
  records_in bigint NOT NULL DEFAULT 0,
  records_out bigint NOT NULL DEFAULT 0,
  records_dead_lettered bigint NOT NULL DEFAULT 0,
  records_per_second double precision NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job, instance)
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['stream_job_counters', 'stream_jobs', 'transform_errors', 'transform_objects', 'transform_jobs']) {
    await sql.raw(`DROP TABLE ${table}`).execute(db);
  }
}
