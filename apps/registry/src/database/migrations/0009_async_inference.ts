import { sql, type Kysely } from 'kysely';

/** An endpoint config's asynchronous inference settings (output and failure prefixes, notifications), or null. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE endpoint_configs ADD COLUMN async_inference jsonb').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE endpoint_configs DROP COLUMN async_inference').execute(db);
}
