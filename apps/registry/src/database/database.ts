import type { Kysely } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export const DB = Symbol('DB');
