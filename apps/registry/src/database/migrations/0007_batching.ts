import { sql, type Kysely } from 'kysely';

// Adaptive batching and runtime options: what the upload check found of a version's batch support,
// the onnxruntime options a version is loaded with, and each variant's batching settings.
const VARIANT_TABLES = ['endpoint_config_variants', 'endpoint_variants'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE model_versions ADD COLUMN batch_support text, ADD COLUMN batch_support_detail text, ADD COLUMN runtime jsonb`.execute(
    db,
  );
  for (const table of VARIANT_TABLES) await sql.raw(`ALTER TABLE ${table} ADD COLUMN batching jsonb`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of VARIANT_TABLES) await sql.raw(`ALTER TABLE ${table} DROP COLUMN batching`).execute(db);
  await sql`ALTER TABLE model_versions DROP COLUMN batch_support, DROP COLUMN batch_support_detail, DROP COLUMN runtime`.execute(db);
}
