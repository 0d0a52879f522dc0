import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';
import type { QuotaRow } from '../database/schema';

export interface Grant {
  granted: number;
  /** When nothing was granted: how long until a request would be. */
  retryAfterMs: number;
  limitedBy: 'rate' | 'daily' | '';
}

const MS_PER_DAY = 86_400_000;

/** Endpoint quotas, and the token buckets every gateway takes requests from. */
@Injectable()
export class QuotasRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async endpointQuota(endpoint: string): Promise<QuotaRow | undefined> {
    const row = await this.db.selectFrom('endpoint_quotas').select('quota').where('endpoint', '=', endpoint).executeTakeFirst();
    return row?.quota;
  }

  async setEndpointQuota(endpoint: string, quota: QuotaRow | null): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('endpoint_quotas').where('endpoint', '=', endpoint).execute();
      // A changed limit starts from a full bucket.
      await trx.deleteFrom('quota_buckets').where('subject', '=', `endpoint:${endpoint}`).execute();
      if (quota)
        await trx
          .insertInto('endpoint_quotas')
          .values({ endpoint, quota: JSON.stringify(quota) })
          .execute();
    });
  }

  /**
   * Takes up to `want` requests from `subject`'s bucket under `limits`, in one transaction that holds
   * the bucket's row: the bucket refills at the rate up to the burst, and the day's count resets at
   * midnight UTC. Every gateway takes from the same row, so the limits hold across all of them.
   */
  async take(subject: string, want: number, limits: QuotaRow, now = new Date()): Promise<Grant> {
    return this.db.transaction().execute(async (trx) => {
      const today = now.toISOString().slice(0, 10);
      await trx
        .insertInto('quota_buckets')
        .values({ subject, tokens: limits.burst, refilled_at: now, day: today, day_count: 0 })
        .onConflict((oc) => oc.column('subject').doNothing())
        .execute();
      const bucket = await trx.selectFrom('quota_buckets').selectAll().where('subject', '=', subject).forUpdate().executeTakeFirstOrThrow();
      const elapsedSeconds = Math.max(0, (now.getTime() - new Date(bucket.refilled_at).getTime()) / 1000);
      const rateLimited = limits.requestsPerSecond > 0;
      const tokens = rateLimited ? Math.min(limits.burst, bucket.tokens + elapsedSeconds * limits.requestsPerSecond) : Infinity;
      const dayCount = bucket.day === today ? Number(bucket.day_count) : 0;
      const dailyLeft = limits.requestsPerDay > 0 ? limits.requestsPerDay - dayCount : Infinity;
      const granted = Math.max(0, Math.min(want, Math.floor(tokens), dailyLeft));
      await trx
        .updateTable('quota_buckets')
        .set({ tokens: rateLimited ? tokens - granted : 0, refilled_at: now, day: today, day_count: dayCount + granted })
        .where('subject', '=', subject)
        .execute();
      if (granted > 0) return { granted, retryAfterMs: 0, limitedBy: '' };
      if (dailyLeft <= 0) {
        return { granted, retryAfterMs: MS_PER_DAY - (now.getTime() % MS_PER_DAY), limitedBy: 'daily' };
      }
      return { granted, retryAfterMs: Math.ceil(((1 - (tokens % 1)) / limits.requestsPerSecond) * 1000), limitedBy: 'rate' };
    });
  }
}

/** Whether a quota limits anything at all. */
export const limitsAnything = (quota: QuotaRow | null | undefined): quota is QuotaRow =>
  !!quota && (quota.requestsPerSecond > 0 || quota.requestsPerDay > 0);
