import { sql, type Kysely } from 'kysely';

// A shadow variant receives a copy of this share of requests (0-100); null marks a production variant.
const TABLES = ['endpoint_config_variants', 'endpoint_variants'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql.raw(`ALTER TABLE ${table} ADD COLUMN shadow_sampling_percent double precision`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql.raw(`ALTER TABLE ${table} DROP COLUMN shadow_sampling_percent`).execute(db);
}
