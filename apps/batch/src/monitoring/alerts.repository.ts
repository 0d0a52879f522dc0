import { conflict, notFound } from '@modelserve/common';
import type { AlertRuleSpec__Output } from '@modelserve/contracts';
import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { databaseNow, databaseNowPlus } from '../database/clock';
import { DB, type AlertEventsTable, type AlertRulesTable, type AlertState, type Db } from '../database/schema';

export type AlertRuleRow = Selectable<AlertRulesTable>;
export type AlertEventRow = Selectable<AlertEventsTable>;

/** Alert rules, their state, and the history of their firing and resolution with each webhook delivery. */
@Injectable()
export class AlertsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insert(spec: AlertRuleSpec__Output, secret: string): Promise<AlertRuleRow> {
    try {
      return await this.db
        .insertInto('alert_rules')
        .values({ name: spec.name, spec: JSON.stringify({ ...spec, webhookSecret: '' }), secret })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`alert rule ${spec.name} already exists`);
      throw error;
    }
  }

  async rule(name: string): Promise<AlertRuleRow> {
    const row = await this.db.selectFrom('alert_rules').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`alert rule ${name} does not exist`);
    return row;
  }

  list(): Promise<AlertRuleRow[]> {
    return this.db.selectFrom('alert_rules').selectAll().orderBy('name').execute();
  }

  async delete(name: string): Promise<void> {
    await this.db.deleteFrom('alert_rules').where('name', '=', name).execute();
  }

  /**
   * Claims the rules due for evaluation by moving their next turn on, in one statement: when two
   * instances claim at once, PostgreSQL re-checks the condition for the second, which finds them moved.
   */
  claimDue(intervalMs: number): Promise<AlertRuleRow[]> {
    return this.db
      .updateTable('alert_rules')
      .set({ next_evaluation_at: databaseNowPlus(intervalMs) })
      .where('next_evaluation_at', '<=', databaseNow())
      .returningAll()
      .execute();
  }

  /** Records an evaluation, and when the state changed, the event to announce, in one transaction. */
  async recordEvaluation(
    rule: AlertRuleRow,
    value: number | null,
    transition?: { state: AlertState; event: { id: string; state: 'firing' | 'resolved'; description: string; payload: string } },
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('alert_rules')
        .set({ value, evaluated_at: databaseNow(), ...(transition ? { state: transition.state, since: databaseNow() } : {}) })
        .where('name', '=', rule.name)
        .execute();
      if (transition)
        await tx
          .insertInto('alert_events')
          .values({ rule: rule.name, value, ...transition.event })
          .execute();
    });
  }

  /** Events whose webhook is still to be delivered, claimed for `holdMs` so that one instance delivers each at a time. */
  claimUndelivered(maxAttempts: number, holdMs: number): Promise<(AlertEventRow & { url: string | null; secret: string | null })[]> {
    return this.db.transaction().execute(async (tx) => {
      const events = await tx
        .updateTable('alert_events')
        .set({ next_delivery_at: databaseNowPlus(holdMs) })
        .where('delivered_at', 'is', null)
        .where('next_delivery_at', '<=', databaseNow())
        .where('delivery_attempts', '<', maxAttempts)
        .returningAll()
        .execute();
      if (events.length === 0) return [];
      const rules = await tx
        .selectFrom('alert_rules')
        .select(['name', 'secret', sql<string>`spec->>'webhookUrl'`.as('url')])
        .where('name', 'in', [...new Set(events.map((e) => e.rule))])
        .execute();
      const byName = new Map(rules.map((r) => [r.name, r]));
      return events
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((event) => ({ ...event, url: byName.get(event.rule)?.url ?? null, secret: byName.get(event.rule)?.secret ?? null }));
    });
  }

  async delivered(id: string, attempts: number): Promise<void> {
    await this.db
      .updateTable('alert_events')
      .set({ delivered_at: databaseNow(), delivery_attempts: attempts, delivery_error: '' })
      .where('id', '=', id)
      .execute();
  }

  async deliveryFailed(id: string, attempts: number, error: string, retryInMs: number): Promise<void> {
    await this.db
      .updateTable('alert_events')
      .set({ delivery_attempts: attempts, delivery_error: error.slice(0, 500), next_delivery_at: databaseNowPlus(retryInMs) })
      .where('id', '=', id)
      .execute();
  }

  /** Newest first. */
  events(rule: string | undefined, limit: number): Promise<AlertEventRow[]> {
    let query = this.db.selectFrom('alert_events').selectAll().orderBy('at', 'desc').limit(limit);
    if (rule) query = query.where('rule', '=', rule);
    return query.execute();
  }
}
