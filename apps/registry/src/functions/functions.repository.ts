import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { DB, type Db } from '../database/database';
import type { FunctionAliasesTable, FunctionLogsTable, FunctionVersionsTable } from '../database/schema';

/** $LATEST is stored as version 0. */
export const LATEST = 0;

export type FunctionVersionRow = Selectable<FunctionVersionsTable>;
export type FunctionAliasRow = Selectable<FunctionAliasesTable>;
export type NewFunctionVersion = Omit<FunctionVersionRow, 'last_modified'>;

export type LogEntryRow = Selectable<FunctionLogsTable>;

/** Functions: $LATEST and published versions, aliases, and invocation logs. */
@Injectable()
export class FunctionsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  private columns(row: NewFunctionVersion) {
    return { ...row, environment: JSON.stringify(row.environment), code_size: Number(row.code_size) };
  }

  /** Inserts $LATEST; false when the function exists. */
  async insertLatest(row: NewFunctionVersion): Promise<boolean> {
    const inserted = await this.db
      .insertInto('function_versions')
      .values(this.columns(row))
      .onConflict((c) => c.columns(['function', 'version']).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async updateLatest(row: NewFunctionVersion): Promise<void> {
    await this.db
      .updateTable('function_versions')
      .set({ ...this.columns(row), last_modified: new Date() })
      .where('function', '=', row.function)
      .where('version', '=', LATEST)
      .execute();
  }

  async version(name: string, version: number): Promise<FunctionVersionRow | undefined> {
    return this.db
      .selectFrom('function_versions')
      .selectAll()
      .where('function', '=', name)
      .where('version', '=', version)
      .executeTakeFirst();
  }

  async versions(name: string): Promise<FunctionVersionRow[]> {
    return this.db.selectFrom('function_versions').selectAll().where('function', '=', name).orderBy('version').execute();
  }

  async latestOfAll(): Promise<FunctionVersionRow[]> {
    return this.db.selectFrom('function_versions').selectAll().where('version', '=', LATEST).orderBy('function').execute();
  }

  /**
   * Copies $LATEST as the next version, unless the newest published version already has the same code
   * and settings (Lambda publishes nothing new then): the version either way. One transaction holding
   * $LATEST's row, so two publishers never take the same number.
   */
  async publish(name: string, description: string): Promise<FunctionVersionRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const latest = await trx
        .selectFrom('function_versions')
        .selectAll()
        .where('function', '=', name)
        .where('version', '=', LATEST)
        .forUpdate()
        .executeTakeFirst();
      if (!latest) return undefined;
      const newest = await trx
        .selectFrom('function_versions')
        .selectAll()
        .where('function', '=', name)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      if (newest.version !== LATEST && sameContent(newest, latest)) return newest;
      return trx
        .insertInto('function_versions')
        .values({
          ...this.columns(latest),
          version: newest.version + 1,
          description: description || latest.description,
          last_modified: new Date(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  async aliases(name: string): Promise<FunctionAliasRow[]> {
    return this.db.selectFrom('function_aliases').selectAll().where('function', '=', name).orderBy('name').execute();
  }

  async alias(name: string, alias: string): Promise<FunctionAliasRow | undefined> {
    return this.db.selectFrom('function_aliases').selectAll().where('function', '=', name).where('name', '=', alias).executeTakeFirst();
  }

  async putAlias(row: FunctionAliasRow): Promise<void> {
    await this.db
      .insertInto('function_aliases')
      .values(row)
      .onConflict((c) => c.columns(['function', 'name']).doUpdateSet({ version: row.version, description: row.description }))
      .execute();
  }

  async deleteAlias(name: string, alias: string): Promise<FunctionAliasRow | undefined> {
    return this.db.deleteFrom('function_aliases').where('function', '=', name).where('name', '=', alias).returningAll().executeTakeFirst();
  }

  /** Removes the function with its versions, aliases and logs; the rows it had. */
  async delete(name: string): Promise<FunctionVersionRow[]> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('function_aliases').where('function', '=', name).execute();
      await trx.deleteFrom('function_logs').where('function', '=', name).execute();
      return trx.deleteFrom('function_versions').where('function', '=', name).returningAll().execute();
    });
  }

  /** Whether any version of any function still uses this code object. */
  async codeInUse(codeKey: string): Promise<boolean> {
    return !!(await this.db.selectFrom('function_versions').select('function').where('code_key', '=', codeKey).limit(1).executeTakeFirst());
  }

  async appendLogs(entries: readonly Omit<LogEntryRow, 'id'>[]): Promise<void> {
    if (entries.length)
      await this.db
        .insertInto('function_logs')
        .values([...entries])
        .execute();
  }

  async logs(name: string, options: { limit: number; afterId?: number; requestId?: string }): Promise<LogEntryRow[]> {
    let query = this.db.selectFrom('function_logs').selectAll().where('function', '=', name);
    if (options.requestId) query = query.where('request_id', '=', options.requestId);
    if (options.afterId) {
      return query.where('id', '>', String(options.afterId)).orderBy('id').limit(options.limit).execute();
    }
    // The newest `limit`, oldest first.
    const newest = await query.orderBy('id', 'desc').limit(options.limit).execute();
    return newest.reverse();
  }

  /** Keeps each function's newest `keep` log entries. */
  async trimLogs(keep: number): Promise<void> {
    await sql`
      DELETE FROM function_logs l USING (
        SELECT function, id FROM (
          SELECT function, id, row_number() OVER (PARTITION BY function ORDER BY id DESC) AS n FROM function_logs
        ) ranked WHERE n > ${keep}
      ) old WHERE l.id = old.id`.execute(this.db);
  }
}

function sameContent(a: FunctionVersionRow, b: FunctionVersionRow): boolean {
  const settings = (row: FunctionVersionRow) =>
    JSON.stringify([
      row.runtime,
      row.handler,
      row.timeout_seconds,
      row.memory_mb,
      row.environment,
      row.allowed_endpoints,
      row.max_concurrency,
      row.code_sha256,
    ]);
  return settings(a) === settings(b);
}
