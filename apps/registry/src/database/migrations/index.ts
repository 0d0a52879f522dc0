import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial';
import * as endpointVariants from './0002_endpoint_variants';
import * as versionsLineage from './0003_versions_lineage';
import * as dataCapture from './0004_data_capture';
import * as shadowVariants from './0005_shadow_variants';
import * as generations from './0006_generations';
import * as batching from './0007_batching';
import * as access from './0008_access';
import * as asyncInference from './0009_async_inference';
import * as sageMakerFields from './0010_sagemaker_fields';
import * as figures from './0011_figures';
import * as monitoring from './0012_monitoring';
import * as trainingLineage from './0013_training_lineage';
import * as functions from './0014_functions';

/** Every migration, in order. Add a file and list it here; never edit one that has shipped. */
export const migrations: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => ({
    '0001_initial': initial,
    '0002_endpoint_variants': endpointVariants,
    '0003_versions_lineage': versionsLineage,
    '0004_data_capture': dataCapture,
    '0005_shadow_variants': shadowVariants,
    '0006_generations': generations,
    '0007_batching': batching,
    '0008_access': access,
    '0009_async_inference': asyncInference,
    '0010_sagemaker_fields': sageMakerFields,
    '0011_figures': figures,
    '0012_monitoring': monitoring,
    '0013_training_lineage': trainingLineage,
    '0014_functions': functions,
  }),
};
