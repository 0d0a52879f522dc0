import { sql, type Kysely } from 'kysely';

/**
 * Fields SageMaker API callers send with a resource that the platform keeps without acting on them.
 * Keyed by kind and name; `resource_created_at` tells them from those of an earlier resource of the same name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE sagemaker_fields (
  kind text NOT NULL,
  name text NOT NULL,
  resource_created_at text NOT NULL,
  fields jsonb NOT NULL,
  PRIMARY KEY (kind, name)
)`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE sagemaker_fields').execute(db);
}
