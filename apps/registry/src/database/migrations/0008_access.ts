import { sql, type Kysely } from 'kysely';

// Access control: API keys and their secrets, shared request quotas, and the audit trail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE api_keys (
      id text PRIMARY KEY,
      name text NOT NULL,
      owner text NOT NULL,
      scopes text[] NOT NULL,
      resources text[] NOT NULL,
      quota jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      expires_at timestamptz
    )`.execute(db);
  // A key has one live secret, or two while a rotation's grace period runs. The bearer key is kept only
  // as its hash; the SigV4 secret access key sealed with the master key (verifying a signature needs it).
  await sql`
    CREATE TABLE api_key_secrets (
      key_id text NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
      key_hash text NOT NULL UNIQUE,
      access_key_id text NOT NULL UNIQUE,
      sealed_secret_access_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX api_key_secrets_key ON api_key_secrets (key_id)`.execute(db);
  await sql`
    CREATE TABLE endpoint_quotas (
      endpoint text PRIMARY KEY,
      quota jsonb NOT NULL
    )`.execute(db);
  // One token bucket and one daily count per quota subject ("key:<id>", "endpoint:<name>"), shared by every gateway.
  await sql`
    CREATE TABLE quota_buckets (
      subject text PRIMARY KEY,
      tokens double precision NOT NULL,
      refilled_at timestamptz NOT NULL,
      day text NOT NULL,
      day_count bigint NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      key_id text NOT NULL,
      actor text NOT NULL,
      action text NOT NULL,
      resource text NOT NULL,
      status integer NOT NULL,
      outcome text NOT NULL,
      source_address text NOT NULL,
      request_id text NOT NULL,
      method text NOT NULL,
      path text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX audit_events_resource ON audit_events (resource, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_events', 'quota_buckets', 'endpoint_quotas', 'api_key_secrets', 'api_keys']) {
    await sql.raw(`DROP TABLE ${table}`).execute(db);
  }
}
