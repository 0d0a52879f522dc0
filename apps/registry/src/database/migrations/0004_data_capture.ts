import { sql, type Kysely } from 'kysely';

/** An endpoint config's data capture settings, {samplingPercent, destination}, or null for none. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE endpoint_configs ADD COLUMN data_capture jsonb').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE endpoint_configs DROP COLUMN data_capture').execute(db);
}
