import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import { mkdirSync } from 'node:fs';
import { Pool } from 'pg';
import { EMBEDDED_POSTGRESQL_CONF } from './embedded-server';

/**
 * A pg-compatible pool over one PGlite instance. PGlite is a single backend, so the pool hands out
 * its one connection to one holder at a time; a transaction therefore never interleaves with other queries.
 */
class PGlitePool {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  async connect() {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const pglite = this.pglite;
    return {
      async query(text: string, values: unknown[]) {
        const result = await pglite.query<Record<string, unknown>>(text, values);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command: commandOf(text) };
      },
      release,
    };
  }

  async end() {
    await this.pglite.close();
  }
}

const commandOf = (text: string) => /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '';

/** PostgreSQL when a URL is given, otherwise PGlite persisted under `directory`. Same SQL on both. */
export async function openDatabase<Schema>(databaseUrl: string | undefined, directory: string): Promise<Kysely<Schema>> {
  if (databaseUrl) {
    return new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: databaseUrl, max: 10 }) }) });
  }
  mkdirSync(directory, { recursive: true });
  const pglite = await PGlite.create(directory, { postgresqlconf: EMBEDDED_POSTGRESQL_CONF });
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) as never }) });
}

/**
 * Applies pending migrations; a failed migration stops the service. Services that share one
 * PostgreSQL database keep their migration history apart under `historyTable`.
 */
export async function migrate<Schema>(db: Kysely<Schema>, provider: MigrationProvider, historyTable?: string): Promise<void> {
  const tables = historyTable ? { migrationTableName: historyTable, migrationLockTableName: `${historyTable}_lock` } : {};
  const { error, results } = await new Migrator({ db, provider, ...tables }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}

/** PostgreSQL's unique_violation, raised the same way by pg and PGlite. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';
export * from './embedded-server';
