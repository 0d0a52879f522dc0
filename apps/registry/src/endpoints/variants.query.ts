import type { RuntimeOptions } from '@modelserve/schemas';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { BatchingRow, BatchSupport, Database, TensorSpecRow } from '../database/schema';

/** A variant of an endpoint config, or of an endpoint's live generation. */
export interface ConfigVariant {
  name: string;
  model: string;
  modelId: number;
  version: number;
  instanceCount: number;
  weight: number;
  /** The alias the config named the version by, if any (configs only). */
  alias: string | null;
  /** Set for a shadow variant: the share of requests it gets a copy of. */
  shadowSamplingPercent: number | null;
  /** Null for variants made before batching existed: off. */
  batching: BatchingRow | null;
}

/** A variant with what placement and routing need of its model version. */
export interface ResolvedVariant extends ConfigVariant {
  /** The endpoint generation the variant belongs to (0 for a config's variants). */
  generation: number;
  artifactUri: string;
  sha256: string;
  inputs: TensorSpecRow[];
  outputs: TensorSpecRow[];
  batchSupport: BatchSupport | null;
  runtime: RuntimeOptions | null;
}

/** Config variants and live variants share their columns; only the owner key differs. */
const VARIANT_SOURCES = {
  config: { table: 'endpoint_config_variants', key: 'config_id' },
  endpoint: { table: 'endpoint_variants', key: 'endpoint_id' },
} as const;

/** Variants with their model versions, keyed by owner: a config's blueprint variants, or an endpoint's live ones. */
export async function resolvedVariants(
  db: Kysely<Database>,
  source: keyof typeof VARIANT_SOURCES,
  ids: number[],
): Promise<Map<number, ResolvedVariant[]>> {
  const byOwner = new Map<number, ResolvedVariant[]>();
  if (ids.length === 0) return byOwner;
  const { table, key } = VARIANT_SOURCES[source];
  const rows = await db
    .selectFrom(`${table} as v` as 'endpoint_variants as v')
    .innerJoin('models as m', 'm.id', 'v.model_id')
    .innerJoin('model_versions as mv', (join) => join.onRef('mv.model_id', '=', 'v.model_id').onRef('mv.version', '=', 'v.version'))
    .select([
      sql.ref<number>(`v.${key}`).as('owner'),
      'v.name',
      'm.name as model',
      'v.model_id',
      'v.version',
      'v.instance_count',
      'v.weight',
      'v.shadow_sampling_percent',
      'v.batching',
      sql<number>`${sql.raw(source === 'endpoint' ? 'v.generation' : '0')}`.as('generation'),
      // Only configs record the alias a version was named by.
      sql<string | null>`${sql.raw(source === 'config' ? 'v.alias' : 'null')}`.as('alias'),
      'mv.artifact_uri',
      'mv.sha256',
      'mv.inputs',
      'mv.outputs',
      'mv.batch_support',
      'mv.runtime',
    ])
    .where(sql.ref(`v.${key}`), 'in', ids)
    .orderBy('owner')
    .orderBy('generation')
    .orderBy('v.position')
    .execute();
  for (const row of rows) {
    const list = byOwner.get(row.owner) ?? [];
    list.push({
      name: row.name,
      model: row.model,
      modelId: row.model_id,
      version: row.version,
      instanceCount: row.instance_count,
      weight: row.weight,
      alias: row.alias,
      shadowSamplingPercent: row.shadow_sampling_percent,
      batching: row.batching,
      generation: row.generation,
      artifactUri: row.artifact_uri,
      sha256: row.sha256,
      inputs: row.inputs,
      outputs: row.outputs,
      batchSupport: row.batch_support,
      runtime: row.runtime,
    });
    byOwner.set(row.owner, list);
  }
  return byOwner;
}

/** The columns a live variant takes over from its config's variant. */
const COPIED_VARIANT_COLUMNS = [
  'position',
  'name',
  'model_id',
  'version',
  'instance_count',
  'weight',
  'shadow_sampling_percent',
  'batching',
] as const;

/** Copies a config's variants into an endpoint's live variants, as the given generation. */
export async function copyConfigVariants(trx: Transaction<Database>, endpointId: number, generation: number, configId: number) {
  await trx
    .insertInto('endpoint_variants')
    .columns(['endpoint_id', 'generation', ...COPIED_VARIANT_COLUMNS])
    .expression((eb) =>
      eb
        .selectFrom('endpoint_config_variants')
        .where('config_id', '=', configId)
        .select([sql.lit(endpointId).as('endpoint_id'), sql.lit(generation).as('generation'), ...COPIED_VARIANT_COLUMNS]),
    )
    .execute();
}
