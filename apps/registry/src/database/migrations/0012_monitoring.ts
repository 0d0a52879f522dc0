import { sql, type Kysely } from 'kysely';

// One statement per entry: PGlite's extended protocol runs a single statement per query.
const UP = [
  // What a version predicts, for quality reports: problem type and the outputs holding label and scores.
  'ALTER TABLE model_versions ADD COLUMN quality jsonb',
  // Alert rules of the batch service, as they last reported: an update whose guardrails name a firing one rolls back.
  `CREATE TABLE alarm_states (
  name text PRIMARY KEY,
  endpoint text NOT NULL,
  firing boolean NOT NULL,
  reason text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE alarm_states').execute(db);
  await sql.raw('ALTER TABLE model_versions DROP COLUMN quality').execute(db);
}
