import { sql } from 'kysely';

/** When a claim taken now lapses without renewal: another instance may then take the work over. */
export const leaseUntil = (leaseMs: number) => sql<Date>`now() + ${`${leaseMs} milliseconds`}::interval`;

/** The database's clock, which every instance's claims compare against. */
export const databaseNow = () => sql<Date>`now()`;
