import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  `CREATE TABLE models (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE TABLE model_versions (
  model_id integer NOT NULL REFERENCES models (id),
  version integer NOT NULL CHECK (version > 0),
  artifact_uri text NOT NULL,
  sha256 text NOT NULL,
  size_bytes bigint NOT NULL,
  inputs jsonb NOT NULL,
  outputs jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (model_id, version)
)`,
  `CREATE TABLE endpoint_configs (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE TABLE endpoint_config_variants (
  config_id integer NOT NULL REFERENCES endpoint_configs (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  model_id integer NOT NULL,
  version integer NOT NULL,
  instance_count integer NOT NULL CHECK (instance_count > 0),
  weight double precision NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (config_id, name),
  -- A version that a config uses cannot be deleted.
  FOREIGN KEY (model_id, version) REFERENCES model_versions (model_id, version)
)`,
  `CREATE TABLE endpoints (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  config_id integer NOT NULL REFERENCES endpoint_configs (id),
  status text NOT NULL,
  failure_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE TABLE placements (
  endpoint_id integer NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
  variant_name text NOT NULL,
  worker_id text NOT NULL,
  worker_address text NOT NULL,
  state text NOT NULL,
  error text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (endpoint_id, variant_name, worker_id)
)`,
];

const DOWN = ['placements', 'endpoints', 'endpoint_config_variants', 'endpoint_configs', 'model_versions', 'models'].map(
  (table) => `DROP TABLE ${table}`,
);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
