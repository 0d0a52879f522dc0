import type { AlarmState__Output } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DB, type Db } from '../database/database';

/**
 * The state of the batch service's alert rules, as they last reported it. An update whose guardrails
 * name alert rules rolls back while one of them, on its endpoint, fires.
 */
@Injectable()
export class AlarmStates {
  constructor(@Inject(DB) private readonly db: Db) {}

  async set(state: AlarmState__Output): Promise<void> {
    await this.db
      .insertInto('alarm_states')
      .values({ name: state.name, endpoint: state.endpoint, firing: state.firing, reason: state.reason })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ endpoint: state.endpoint, firing: state.firing, reason: state.reason, updated_at: sql<Date>`now()` }),
      )
      .execute();
  }

  /** The first of the named rules that fires on the endpoint, with what it saw. */
  async firing(endpoint: string, names: readonly string[]): Promise<{ name: string; reason: string } | undefined> {
    if (names.length === 0) return undefined;
    return this.db
      .selectFrom('alarm_states')
      .select(['name', 'reason'])
      .where('endpoint', '=', endpoint)
      .where('firing', '=', true)
      .where('name', 'in', [...names])
      .orderBy('name')
      .executeTakeFirst();
  }
}
