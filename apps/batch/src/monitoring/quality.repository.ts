import { Inject, Injectable } from '@nestjs/common';
import { sql, type Insertable } from 'kysely';
import { DB, type CapturedPredictionsTable, type Db } from '../database/schema';

/** A prefix for LIKE, its wildcards taken literally. */
const likeEscaped = (prefix: string) => prefix.replace(/[\\%_]/g, '\\$&');

/** Rows per INSERT: keeps statements well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

export interface JoinedPrediction {
  variant: string;
  model: string;
  version: number;
  predictions: unknown[];
  labels: string[] | null;
}

/** Ground truth, the predictions read from capture files, and which files have been read. */
@Injectable()
export class QualityRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Stores labels; a label sent again for the same inference id replaces the first. */
  async putLabels(endpoint: string, labels: readonly { inferenceId: string; values: string[] }[]): Promise<void> {
    // One label per inference id per statement: ON CONFLICT cannot touch a row twice.
    const unique = [...new Map(labels.map((label) => [label.inferenceId, label])).values()];
    for (let i = 0; i < unique.length; i += ROWS_PER_INSERT) {
      await this.db
        .insertInto('ground_truth')
        .values(
          unique.slice(i, i + ROWS_PER_INSERT).map((l) => ({ endpoint, inference_id: l.inferenceId, labels: JSON.stringify(l.values) })),
        )
        .onConflict((oc) => oc.columns(['endpoint', 'inference_id']).doUpdateSet({ labels: sql`excluded.labels` }))
        .execute();
    }
  }

  /** The newest capture file read of a variant's folder. */
  async lastFile(bucket: string, variantPrefix: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('capture_files')
      .select(sql<string>`max(key)`.as('key'))
      .where('bucket', '=', bucket)
      .where('key', 'like', `${likeEscaped(variantPrefix)}%`)
      .executeTakeFirst();
    return row?.key ?? undefined;
  }

  /** The variant folders (the first path segment after `prefix`) of the files read under a prefix. */
  async variantsRead(bucket: string, prefix: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('capture_files')
      .select(sql<string>`split_part(substr(key, ${prefix.length + 1}), '/', 1)`.as('variant'))
      .distinct()
      .where('bucket', '=', bucket)
      .where('key', 'like', `${likeEscaped(prefix)}%`)
      .execute();
    return rows.map((row) => row.variant).filter(Boolean);
  }

  /** Which of the keys have been read already. */
  async readFiles(bucket: string, keys: readonly string[]): Promise<Set<string>> {
    const read = new Set<string>();
    for (let i = 0; i < keys.length; i += ROWS_PER_INSERT) {
      const rows = await this.db
        .selectFrom('capture_files')
        .select('key')
        .where('bucket', '=', bucket)
        .where('key', 'in', keys.slice(i, i + ROWS_PER_INSERT))
        .execute();
      for (const row of rows) read.add(row.key);
    }
    return read;
  }

  /**
   * Records a capture file as read together with its predictions, in one transaction: a file is
   * either read with all its predictions or not at all, and when two instances read the same file at
   * once, the second one's transaction adds nothing.
   */
  async addFile(
    file: { bucket: string; key: string; endpoint: string },
    predictions: readonly Insertable<CapturedPredictionsTable>[],
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('capture_files')
        .values({ ...file, records: predictions.length })
        .onConflict((oc) => oc.columns(['bucket', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!inserted) return false;
      for (let i = 0; i < predictions.length; i += ROWS_PER_INSERT) {
        await tx
          .insertInto('captured_predictions')
          .values(predictions.slice(i, i + ROWS_PER_INSERT))
          .onConflict((oc) => oc.columns(['endpoint', 'inference_id']).doNothing())
          .execute();
      }
      return true;
    });
  }

  /** The endpoint's predictions captured since `start`, each with its labels if they have come. */
  async joined(endpoint: string, start: Date, end: Date): Promise<JoinedPrediction[]> {
    const rows = await this.db
      .selectFrom('captured_predictions as p')
      .leftJoin('ground_truth as g', (join) => join.onRef('g.endpoint', '=', 'p.endpoint').onRef('g.inference_id', '=', 'p.inference_id'))
      .select(['p.variant', 'p.model', 'p.version', 'p.predictions', 'g.labels'])
      .where('p.endpoint', '=', endpoint)
      .where('p.captured_at', '>=', start)
      .where('p.captured_at', '<', end)
      .execute();
    return rows.map((row) => ({ ...row, labels: row.labels ?? null }));
  }

  /** Forgets predictions and labels older than the retention, and the record of files that old. */
  async prune(olderThan: Date): Promise<void> {
    await this.db.deleteFrom('captured_predictions').where('captured_at', '<', olderThan).execute();
    await this.db.deleteFrom('ground_truth').where('received_at', '<', olderThan).execute();
    await this.db.deleteFrom('capture_files').where('ingested_at', '<', olderThan).execute();
  }
}
