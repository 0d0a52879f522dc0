import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  // What gateway processes served of each variant, one row per report (every few seconds); merged when read.
  `CREATE TABLE variant_figures (
  at timestamptz NOT NULL DEFAULT now(),
  endpoint text NOT NULL,
  variant text NOT NULL,
  model text NOT NULL,
  version integer NOT NULL,
  ok bigint NOT NULL,
  client_errors bigint NOT NULL,
  server_errors bigint NOT NULL,
  latency jsonb NOT NULL,
  overhead jsonb NOT NULL,
  queue_wait jsonb NOT NULL,
  batch_rows jsonb NOT NULL
)`,
  'CREATE INDEX variant_figures_endpoint_at ON variant_figures (endpoint, at)',
  // What workers ran of each model version, one row per heartbeat that carried runs.
  `CREATE TABLE model_run_figures (
  at timestamptz NOT NULL DEFAULT now(),
  model text NOT NULL,
  version integer NOT NULL,
  run jsonb NOT NULL,
  errors bigint NOT NULL
)`,
  'CREATE INDEX model_run_figures_model_at ON model_run_figures (model, version, at)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE model_run_figures').execute(db);
  await sql.raw('DROP TABLE variant_figures').execute(db);
}
