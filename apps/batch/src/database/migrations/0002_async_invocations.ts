import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  // Asynchronous invocations, queued until answered into storage; the queue is this table.
  `CREATE TABLE async_invocations (
  id text PRIMARY KEY,
  inference_id text NOT NULL,
  endpoint text NOT NULL,
  input_location text NOT NULL,
  content_type text NOT NULL,
  accept text NOT NULL,
  custom_attributes text NOT NULL DEFAULT '',
  output_location text NOT NULL,
  failure_location text NOT NULL,
  -- Where success and error events go, as the endpoint's config said when the request was queued.
  notification jsonb NOT NULL,
  timeout_seconds integer NOT NULL,
  expires_at timestamptz NOT NULL,
  -- Queued, InProgress, Completed or Failed.
  status text NOT NULL DEFAULT 'Queued',
  attempts integer NOT NULL DEFAULT 0,
  failure_reason text NOT NULL DEFAULT '',
  -- The batch instance running the request, and until when its claim holds without renewal.
  owner text,
  lease_expires_at timestamptz,
  -- Set once the success or error notification went out; a finished request without it is notified again.
  notified_at timestamptz,
  notify_attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  ended_at timestamptz
)`,
  `CREATE INDEX async_invocations_open ON async_invocations (status, created_at) WHERE status IN ('Queued', 'InProgress')`,
  `CREATE INDEX async_invocations_unnotified ON async_invocations (ended_at) WHERE notified_at IS NULL AND ended_at IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE async_invocations').execute(db);
}
