import type { Migration, MigrationProvider } from 'kysely';
import * as batchJobs from './0001_batch_jobs';
import * as asyncInvocations from './0002_async_invocations';
import * as monitoring from './0003_monitoring';
import * as training from './0004_training';
import * as tuning from './0005_tuning';
import * as notebooks from './0006_notebooks';

/** Every migration, in order. Add a file and list it here; never edit one that has shipped. */
export const migrations: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => ({
    '0001_batch_jobs': batchJobs,
    '0002_async_invocations': asyncInvocations,
    '0003_monitoring': monitoring,
    '0004_training': training,
    '0005_tuning': tuning,
    '0006_notebooks': notebooks,
  }),
};

/** The batch service's migration history, apart from the registry's when both share one database. */
export const MIGRATION_HISTORY_TABLE = 'batch_migrations';
