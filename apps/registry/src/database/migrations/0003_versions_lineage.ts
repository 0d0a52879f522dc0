import { sql, type Kysely } from 'kysely';

// Version metadata, movable aliases, the alias a config variant named, and each endpoint's history.
// Events are keyed by endpoint name so that the history outlives a deleted endpoint.
const UP = [
  `ALTER TABLE model_versions ADD COLUMN description text NOT NULL DEFAULT ''`,
  `ALTER TABLE model_versions ADD COLUMN tags jsonb NOT NULL DEFAULT '{}'`,
  `ALTER TABLE model_versions ADD COLUMN approval_status text NOT NULL DEFAULT 'PendingManualApproval'`,
  `CREATE TABLE model_aliases (
  model_id integer NOT NULL,
  alias text NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (model_id, alias),
  FOREIGN KEY (model_id, version) REFERENCES model_versions (model_id, version)
)`,
  `ALTER TABLE endpoint_config_variants ADD COLUMN alias text`,
  `CREATE TABLE endpoint_events (
  id serial PRIMARY KEY,
  endpoint_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  detail jsonb NOT NULL
)`,
  `CREATE INDEX endpoint_events_by_endpoint ON endpoint_events (endpoint_name, id)`,
];

const DOWN = [
  'DROP TABLE endpoint_events',
  'ALTER TABLE endpoint_config_variants DROP COLUMN alias',
  'DROP TABLE model_aliases',
  'ALTER TABLE model_versions DROP COLUMN approval_status',
  'ALTER TABLE model_versions DROP COLUMN tags',
  'ALTER TABLE model_versions DROP COLUMN description',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
