import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  // Hyperparameter tuning jobs. Their training jobs are rows of training_jobs; what a tuning job has
  // decided is in those rows, so a tuning job is driven by a transaction over both, by any instance.
  `CREATE TABLE tuning_jobs (
  name text PRIMARY KEY,
  spec jsonb NOT NULL,
  -- InProgress, Completed, Failed, Stopping or Stopped.
  status text NOT NULL DEFAULT 'InProgress',
  failure_reason text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  -- The version the best training job's model was registered as, by a deploy.
  registered_model text NOT NULL DEFAULT '',
  registered_version integer NOT NULL DEFAULT 0,
  registered_from text NOT NULL DEFAULT ''
)`,
  `CREATE INDEX tuning_jobs_open ON tuning_jobs (created_at) WHERE status IN ('InProgress', 'Stopping')`,
  `ALTER TABLE training_jobs ADD COLUMN tuning_job text REFERENCES tuning_jobs (name)`,
  // Stopped by the tuning job's early stopping (or Hyperband) rather than by a person.
  `ALTER TABLE training_jobs ADD COLUMN early_stopped boolean NOT NULL DEFAULT false`,
  `CREATE INDEX training_jobs_tuning ON training_jobs (tuning_job, created_at) WHERE tuning_job IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE training_jobs DROP COLUMN early_stopped').execute(db);
  await sql.raw('ALTER TABLE training_jobs DROP COLUMN tuning_job').execute(db);
  await sql.raw('DROP TABLE tuning_jobs').execute(db);
}
