import { sql } from 'kysely';
import { databaseNowPlus } from './clock';
import type { Db } from './schema';

/**
 * Tables whose rows a batch instance claims and runs processes for: a claim by `owner` with a lease it
 * renews, and the marker of the current run (`run_id`) so that leftover processes can be found.
 */
export type ClaimedRunTable = 'training_jobs' | 'notebook_instances';

/** Renews `owner`'s claim on a row; the row's status (`S`, the table's), or undefined when the claim was lost. */
export async function renewClaim<S extends string>(
  db: Db,
  table: ClaimedRunTable,
  name: string,
  owner: string,
  leaseMs: number,
): Promise<S | undefined> {
  const { rows } = await sql<{ status: S }>`
    UPDATE ${sql.table(table)} SET lease_expires_at = ${databaseNowPlus(leaseMs)}
    WHERE name = ${name} AND owner = ${owner}
    RETURNING status`.execute(db);
  return rows[0]?.status;
}

/** Of these runs, those a row still records as its current run (whichever instance holds it). */
export async function currentRuns(db: Db, table: ClaimedRunTable, runIds: readonly string[]): Promise<Set<string>> {
  if (runIds.length === 0) return new Set();
  const { rows } = await sql<{ run_id: string }>`
    SELECT run_id FROM ${sql.table(table)} WHERE run_id IN (${sql.join(runIds)})`.execute(db);
  return new Set(rows.map((r) => r.run_id));
}
