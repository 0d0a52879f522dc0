import type { ApiSettings } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import { DB, type Db } from '../database/database';
import type { PublicKeysTable, SiteRow, UsagePlansTable } from '../database/schema';

export interface ApiRow {
  name: string;
  settings: ApiSettings;
  site: SiteRow | null;
  created_at: Date;
  updated_at: Date;
}

export type UsagePlanRow = Omit<Selectable<UsagePlansTable>, 'quota_per_day'> & { quota_per_day: number };
export type PublicKeyRow = Omit<Selectable<PublicKeysTable>, 'key_hash'>;

const planRow = (row: Selectable<UsagePlansTable>): UsagePlanRow => ({ ...row, quota_per_day: Number(row.quota_per_day) });

/** Public APIs, their usage plans and callers' keys. */
@Injectable()
export class ApisRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insert(name: string, settings: ApiSettings): Promise<boolean> {
    const inserted = await this.db
      .insertInto('apis')
      .values({ name, settings: JSON.stringify(settings) })
      .onConflict((c) => c.column('name').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async update(name: string, settings: ApiSettings): Promise<boolean> {
    const updated = await this.db
      .updateTable('apis')
      .set({ settings: JSON.stringify(settings), updated_at: new Date() })
      .where('name', '=', name)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  }

  async setSite(name: string, site: SiteRow): Promise<void> {
    await this.db
      .updateTable('apis')
      .set({ site: JSON.stringify(site), updated_at: new Date() })
      .where('name', '=', name)
      .execute();
  }

  async get(name: string): Promise<ApiRow | undefined> {
    return (await this.db.selectFrom('apis').selectAll().where('name', '=', name).executeTakeFirst()) as ApiRow | undefined;
  }

  async list(): Promise<ApiRow[]> {
    return (await this.db.selectFrom('apis').selectAll().orderBy('name').execute()) as ApiRow[];
  }

  /** Removes the API with its plans and keys (they cascade). */
  async delete(name: string): Promise<void> {
    await this.db.deleteFrom('apis').where('name', '=', name).execute();
  }

  async plans(api: string): Promise<UsagePlanRow[]> {
    return (await this.db.selectFrom('usage_plans').selectAll().where('api', '=', api).orderBy('name').execute()).map(planRow);
  }

  async putPlan(plan: UsagePlanRow): Promise<void> {
    await this.db
      .insertInto('usage_plans')
      .values(plan)
      .onConflict((c) =>
        c.columns(['api', 'name']).doUpdateSet({ rate_limit: plan.rate_limit, burst: plan.burst, quota_per_day: plan.quota_per_day }),
      )
      .execute();
  }

  async insertKey(key: PublicKeyRow, keyHash: string): Promise<void> {
    await this.db
      .insertInto('public_keys')
      .values({ id: key.id, api: key.api, name: key.name, usage_plan: key.usage_plan, key_hash: keyHash })
      .execute();
  }

  async deleteKey(api: string, id: string): Promise<PublicKeyRow | undefined> {
    return this.db
      .deleteFrom('public_keys')
      .where('api', '=', api)
      .where('id', '=', id)
      .returning(['id', 'api', 'name', 'usage_plan', 'created_at'])
      .executeTakeFirst();
  }

  /** A key with its plan, by the hash of its secret, or by its id. */
  async keyWithPlan(by: { api: string; keyHash: string } | { id: string }): Promise<{ key: PublicKeyRow; plan: UsagePlanRow } | undefined> {
    let query = this.db
      .selectFrom('public_keys as k')
      .innerJoin('usage_plans as p', (join) => join.onRef('p.api', '=', 'k.api').onRef('p.name', '=', 'k.usage_plan'))
      .select(['k.id', 'k.api', 'k.name', 'k.usage_plan', 'k.created_at', 'p.rate_limit', 'p.burst', 'p.quota_per_day']);
    query = 'id' in by ? query.where('k.id', '=', by.id) : query.where('k.api', '=', by.api).where('k.key_hash', '=', by.keyHash);
    const row = await query.executeTakeFirst();
    if (!row) return undefined;
    return {
      key: { id: row.id, api: row.api, name: row.name, usage_plan: row.usage_plan, created_at: row.created_at },
      plan: planRow({ api: row.api, name: row.usage_plan, rate_limit: row.rate_limit, burst: row.burst, quota_per_day: row.quota_per_day }),
    };
  }
}
