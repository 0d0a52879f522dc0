import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  `CREATE TABLE notebook_lifecycle_configs (
  name text PRIMARY KEY,
  -- Base64 shell scripts, as SageMaker takes them; empty for none.
  on_create text NOT NULL DEFAULT '',
  on_start text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_modified_at timestamptz NOT NULL DEFAULT now()
)`,
  // What a person asks for (status Pending to run, Stopping to stop) and what the batch instance that
  // runs the Jupyter server (owner, with a lease it renews) reports.
  `CREATE TABLE notebook_instances (
  name text PRIMARY KEY,
  -- Pending, InService, Stopping, Stopped, Failed, Deleting or Updating.
  status text NOT NULL DEFAULT 'Pending',
  failure_reason text NOT NULL DEFAULT '',
  status_message text NOT NULL DEFAULT '',
  volume_size_gb integer NOT NULL,
  lifecycle_config text REFERENCES notebook_lifecycle_configs (name),
  idle_shutdown_minutes integer,
  environment jsonb NOT NULL DEFAULT '{}',
  creator_key_id text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_modified_at timestamptz NOT NULL DEFAULT now(),
  -- Whether the on-create script has run (it runs once, before the first start).
  created_done boolean NOT NULL DEFAULT false,
  owner text,
  lease_expires_at timestamptz,
  -- The running server: its address and token, and the marker its processes carry.
  address text NOT NULL DEFAULT '',
  jupyter_token text NOT NULL DEFAULT '',
  run_id text,
  -- The platform key of the current run, revoked when the run ends.
  instance_key_id text NOT NULL DEFAULT '',
  volume_used_bytes bigint NOT NULL DEFAULT 0
)`,
  `CREATE INDEX notebook_instances_active ON notebook_instances (status) WHERE status IN ('Pending', 'InService', 'Stopping')`,
  // Sign-in tokens (single use, minutes) and the sessions they open (hours), stored as SHA-256 hashes.
  `CREATE TABLE notebook_sessions (
  token_hash text PRIMARY KEY,
  instance text NOT NULL REFERENCES notebook_instances (name) ON DELETE CASCADE,
  kind text NOT NULL,
  session_seconds integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE INDEX notebook_sessions_expiry ON notebook_sessions (expires_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE notebook_sessions').execute(db);
  await sql.raw('DROP TABLE notebook_instances').execute(db);
  await sql.raw('DROP TABLE notebook_lifecycle_configs').execute(db);
}
