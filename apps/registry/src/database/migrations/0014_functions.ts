import { sql, type Kysely } from 'kysely';

// Functions (user code with versions and aliases, and their logs) and public APIs (routes, usage plans,
// callers' keys and a static site).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Version 0 is $LATEST, the one that changes; published versions are frozen copies of it.
  await sql`
    CREATE TABLE function_versions (
      function text NOT NULL,
      version integer NOT NULL,
      runtime text NOT NULL,
      handler text NOT NULL,
      timeout_seconds integer NOT NULL,
      memory_mb integer NOT NULL,
      environment jsonb NOT NULL,
      allowed_endpoints text[] NOT NULL,
      description text NOT NULL,
      max_concurrency integer,
      code_sha256 text NOT NULL,
      code_size bigint NOT NULL,
      code_key text NOT NULL,
      last_modified timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (function, version)
    )`.execute(db);
  await sql`
    CREATE TABLE function_aliases (
      function text NOT NULL,
      name text NOT NULL,
      version integer NOT NULL,
      description text NOT NULL,
      PRIMARY KEY (function, name)
    )`.execute(db);
  await sql`
    CREATE TABLE function_logs (
      id bigserial PRIMARY KEY,
      function text NOT NULL,
      version text NOT NULL,
      request_id text NOT NULL,
      at timestamptz NOT NULL,
      stream text NOT NULL,
      message text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX function_logs_function ON function_logs (function, id)`.execute(db);
  await sql`
    CREATE TABLE apis (
      name text PRIMARY KEY,
      settings jsonb NOT NULL,
      site jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE usage_plans (
      api text NOT NULL REFERENCES apis(name) ON DELETE CASCADE,
      name text NOT NULL,
      rate_limit double precision NOT NULL,
      burst integer NOT NULL,
      quota_per_day bigint NOT NULL,
      PRIMARY KEY (api, name)
    )`.execute(db);
  // A caller's key is kept only as its hash.
  await sql`
    CREATE TABLE public_keys (
      id text PRIMARY KEY,
      api text NOT NULL,
      name text NOT NULL,
      usage_plan text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (api, usage_plan) REFERENCES usage_plans(api, name) ON DELETE CASCADE
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['public_keys', 'usage_plans', 'apis', 'function_logs', 'function_aliases', 'function_versions']) {
    await sql.raw(`DROP TABLE ${table}`).execute(db);
  }
}
