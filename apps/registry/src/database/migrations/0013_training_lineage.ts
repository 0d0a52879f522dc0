import { sql, type Kysely } from 'kysely';

// The training job a version came from (TrainingLineage in registry.proto); null for uploaded versions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE model_versions ADD COLUMN lineage jsonb').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE model_versions DROP COLUMN lineage').execute(db);
}
