import type { Scope } from '@modelserve/auth';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DB, type Db } from '../database/database';
import type { QuotaRow } from '../database/schema';

export interface NewSecret {
  keyHash: string;
  accessKeyId: string;
  sealedSecretAccessKey: string;
}

export interface NewKey {
  id: string;
  name: string;
  owner: string;
  scopes: Scope[];
  resources: string[];
  quota: QuotaRow | null;
  expiresAt: Date | null;
}

export interface ApiKeyRecord extends NewKey {
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Access key ids of the key's live secrets. */
  accessKeyIds: string[];
}

/** A live secret and the key it belongs to. */
export interface LiveSecret {
  key: ApiKeyRecord;
  sealedSecretAccessKey: string;
}

/** A secret is live until its expiry (set when a rotation replaces it); a key until its own. */
const live = (column: string) => sql<boolean>`(${sql.ref(column)} IS NULL OR ${sql.ref(column)} > now())`;

/** API keys and their secrets. */
@Injectable()
export class KeysRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  private keysQuery() {
    return this.db
      .selectFrom('api_keys as k')
      .selectAll('k')
      .select((eb) =>
        eb
          .selectFrom('api_key_secrets as s')
          .whereRef('s.key_id', '=', 'k.id')
          .where(live('s.expires_at'))
          .select(sql<string[]>`coalesce(array_agg(s.access_key_id ORDER BY s.created_at), '{}')`.as('ids'))
          .as('access_key_ids'),
      );
  }

  /** Runs `work` in a transaction, or in the one this repository was made for (see `exclusively`). */
  private transaction<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? work(this.db) : this.db.transaction().execute(work);
  }

  async create(key: NewKey, secret: NewSecret): Promise<void> {
    await this.transaction(async (trx) => {
      await trx
        .insertInto('api_keys')
        .values({ ...keyColumns(key), quota: key.quota ? JSON.stringify(key.quota) : null })
        .execute();
      await trx.insertInto('api_key_secrets').values(secretRow(key.id, secret)).execute();
    });
  }

  /**
   * Runs `work` while no other registry can create keys, so that two registries starting on an empty
   * database make one first admin key, not two.
   */
  async exclusively<T>(work: (keys: KeysRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`LOCK TABLE api_keys IN EXCLUSIVE MODE`.execute(trx);
      return work(new KeysRepository(trx as unknown as Db));
    });
  }

  async count(): Promise<number> {
    const { count } = await this.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async find(id: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.keysQuery().where('k.id', '=', id).executeTakeFirst();
    return row && toKey(row);
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.keysQuery().orderBy('k.created_at').orderBy('k.id').execute()).map(toKey);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('api_keys').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async hasHash(keyHash: string): Promise<boolean> {
    return !!(await this.db.selectFrom('api_key_secrets').select('key_id').where('key_hash', '=', keyHash).executeTakeFirst());
  }

  /** Adds a new secret and lets the key's current ones expire at `previousExpiresAt`. */
  async rotate(id: string, secret: NewSecret, previousExpiresAt: Date): Promise<void> {
    await this.transaction(async (trx) => {
      await trx
        .updateTable('api_key_secrets')
        .set({ expires_at: previousExpiresAt })
        .where('key_id', '=', id)
        .where(live('expires_at'))
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', previousExpiresAt)]))
        .execute();
      // Secrets whose grace period has ended are of no use to anyone.
      await trx.deleteFrom('api_key_secrets').where('key_id', '=', id).where('expires_at', '<=', new Date()).execute();
      await trx.insertInto('api_key_secrets').values(secretRow(id, secret)).execute();
    });
  }

  /** The live secret with this bearer key hash, or this access key id, with its live key. */
  async findLive(by: { keyHash: string } | { accessKeyId: string }): Promise<LiveSecret | undefined> {
    let query = this.db.selectFrom('api_key_secrets as s').select(['s.key_id', 's.sealed_secret_access_key']).where(live('s.expires_at'));
    query = 'keyHash' in by ? query.where('s.key_hash', '=', by.keyHash) : query.where('s.access_key_id', '=', by.accessKeyId);
    const secret = await query.executeTakeFirst();
    if (!secret) return undefined;
    const row = await this.keysQuery().where('k.id', '=', secret.key_id).where(live('k.expires_at')).executeTakeFirst();
    return row && { key: toKey(row), sealedSecretAccessKey: secret.sealed_secret_access_key };
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}

/** A new secret of a key, live until a rotation gives it an expiry. */
const secretRow = (keyId: string, secret: NewSecret) => ({
  key_id: keyId,
  key_hash: secret.keyHash,
  access_key_id: secret.accessKeyId,
  sealed_secret_access_key: secret.sealedSecretAccessKey,
  expires_at: null,
});

const keyColumns = (key: NewKey) => ({
  id: key.id,
  name: key.name,
  owner: key.owner,
  scopes: key.scopes,
  resources: key.resources,
  expires_at: key.expiresAt,
});

interface KeyRow {
  id: string;
  name: string;
  owner: string;
  scopes: string[];
  resources: string[];
  quota: QuotaRow | null;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  access_key_ids: string[] | null;
}

function toKey(row: KeyRow): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    owner: row.owner,
    scopes: row.scopes as Scope[],
    resources: row.resources,
    quota: row.quota,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    accessKeyIds: row.access_key_ids ?? [],
  };
}
