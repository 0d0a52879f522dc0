import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { Pool } from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export const DB = Symbol('DB');

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
export async function openDatabase(databaseUrl: string | undefined, directory: string): Promise<Db> {
  if (databaseUrl) {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: databaseUrl, max: 10 }) }) });
  }
  mkdirSync(directory, { recursive: true });
  const pglite = await PGlite.create(directory);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) as never }) });
}

/** Applies pending migrations; a failed migration stops the registry. */
export async function migrate(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrations }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
