import { sql } from 'kysely';

/**
 * Times by the database's clock, which every instance's claims, leases and turns compare against (the
 * instances' own clocks may disagree).
 */
export const databaseNow = () => sql<Date>`now()`;

/** `ms` from now, by the database's clock: when a claim lapses, a rule is next due, a delivery is retried. */
export const databaseNowPlus = (ms: number) => sql<Date>`now() + ${`${ms} milliseconds`}::interval`;
