import { Inject, Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import { DB, type Db } from '../database/database';
import { isUniqueViolation } from '@modelserve/database';
import type {
  BatchingRow,
  BatchSupport,
  Database,
  DataCaptureRow,
  DeploymentState,
  EndpointRow,
  EndpointStatus,
  NewPlacement,
  PlacementRow,
  PlacementState,
  RuntimeOptionsRow,
  TensorSpecRow,
} from '../database/schema';

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

export interface EndpointEventRecord {
  at: Date;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

export interface ConfigRecord {
  id: number;
  name: string;
  createdAt: Date;
  variants: ConfigVariant[];
  dataCapture: DataCaptureRow | null;
}

/** A variant with what the placement and routing need of its model version. */
export interface ResolvedVariant extends ConfigVariant {
  /** The endpoint generation the variant belongs to (0 for a config's variants). */
  generation: number;
  artifactUri: string;
  sha256: string;
  inputs: TensorSpecRow[];
  outputs: TensorSpecRow[];
  batchSupport: BatchSupport | null;
  runtime: RuntimeOptionsRow | null;
}

export interface EndpointRecord extends EndpointRow {
  config_name: string;
  /** The data capture settings of the endpoint's config. */
  data_capture: DataCaptureRow | null;
}

const VARIANT_SOURCES = {
  config: { table: 'endpoint_config_variants', key: 'config_id' },
  endpoint: { table: 'endpoint_variants', key: 'endpoint_id' },
} as const;

export interface VariantChange {
  name: string;
  weight?: number;
  instanceCount?: number;
}

export type PlacementKey = Pick<PlacementRow, 'endpoint_id' | 'generation' | 'variant_name' | 'worker_id'>;

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
async function copyConfigVariants(trx: Transaction<Database>, endpointId: number, generation: number, configId: number) {
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

@Injectable()
export class EndpointsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Inserts a config and its variants in one transaction; undefined when the name is taken. */
  async createConfig(
    name: string,
    variants: Omit<ConfigVariant, 'model'>[],
    dataCapture: DataCaptureRow | null,
  ): Promise<number | undefined> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('endpoint_configs')
          .values({ name, data_capture: dataCapture && JSON.stringify(dataCapture) })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('endpoint_config_variants')
          .values(
            variants.map((v, position) => ({
              config_id: id,
              position,
              name: v.name,
              model_id: v.modelId,
              version: v.version,
              instance_count: v.instanceCount,
              weight: v.weight,
              alias: v.alias,
              shadow_sampling_percent: v.shadowSamplingPercent,
              batching: v.batching && JSON.stringify(v.batching),
            })),
          )
          .execute();
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /**
   * Variants with what placement and routing need of their model versions, keyed by owner: a config's
   * blueprint variants, or an endpoint's live ones. Both tables share the variant columns; only the
   * owner key differs.
   */
  private async resolvedVariants(source: keyof typeof VARIANT_SOURCES, ids: number[]): Promise<Map<number, ResolvedVariant[]>> {
    const byOwner = new Map<number, ResolvedVariant[]>();
    if (ids.length === 0) return byOwner;
    const { table, key } = VARIANT_SOURCES[source];
    const rows = await this.db
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

  /** Blueprint variants of the given configs, keyed by config id. */
  variantsOf(configIds: number[]): Promise<Map<number, ResolvedVariant[]>> {
    return this.resolvedVariants('config', configIds);
  }

  /** Live variants of the given endpoints, keyed by endpoint id. */
  liveVariantsOf(endpointIds: number[]): Promise<Map<number, ResolvedVariant[]>> {
    return this.resolvedVariants('endpoint', endpointIds);
  }

  async findConfig(name: string): Promise<ConfigRecord | undefined> {
    const row = await this.db.selectFrom('endpoint_configs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) return undefined;
    const variants = (await this.variantsOf([row.id])).get(row.id) ?? [];
    return { id: row.id, name: row.name, createdAt: row.created_at, variants, dataCapture: row.data_capture };
  }

  async listConfigs(): Promise<ConfigRecord[]> {
    const rows = await this.db.selectFrom('endpoint_configs').selectAll().orderBy('name').execute();
    const variants = await this.variantsOf(rows.map((r) => r.id));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      variants: variants.get(row.id) ?? [],
      dataCapture: row.data_capture,
    }));
  }

  private endpointsQuery() {
    return this.db
      .selectFrom('endpoints as e')
      .innerJoin('endpoint_configs as c', 'c.id', 'e.config_id')
      .selectAll('e')
      .select(['c.name as config_name', 'c.data_capture']);
  }

  /** Inserts an endpoint in Creating with its config's variants as its live ones; undefined when the name is taken. */
  async createEndpoint(name: string, configId: number): Promise<number | undefined> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('endpoints')
          .values({ name, config_id: configId, status: 'Creating', failure_reason: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        await copyConfigVariants(trx, id, 0, configId);
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /** Starts an update: the target config's variants become the endpoint's next generation. */
  async startUpdate(endpoint: EndpointRecord, configId: number, deployment: DeploymentState): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('endpoint_variants')
        .where('endpoint_id', '=', endpoint.id)
        .where('generation', '>', endpoint.generation)
        .execute();
      await copyConfigVariants(trx, endpoint.id, endpoint.generation + 1, configId);
      await trx
        .updateTable('endpoints')
        .set({ status: 'Updating', deployment: JSON.stringify(deployment), failure_reason: null, updated_at: new Date() })
        .where('id', '=', endpoint.id)
        .execute();
    });
  }

  async saveDeployment(endpointId: number, deployment: DeploymentState): Promise<void> {
    await this.db
      .updateTable('endpoints')
      .set({ deployment: JSON.stringify(deployment), updated_at: new Date() })
      .where('id', '=', endpointId)
      .execute();
  }

  /**
   * Ends an update: the endpoint serves `generation` (the next one when the update completed, the
   * current one after a rollback) under `configId`; variants of every other generation are removed.
   */
  async finishUpdate(endpoint: EndpointRecord, generation: number, configId: number, failureReason: string | null): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('endpoint_variants').where('endpoint_id', '=', endpoint.id).where('generation', '!=', generation).execute();
      await trx
        .updateTable('endpoints')
        .set({
          status: 'InService',
          generation,
          config_id: configId,
          deployment: null,
          failure_reason: failureReason,
          updated_at: new Date(),
        })
        .where('id', '=', endpoint.id)
        .execute();
    });
  }

  findEndpoint(name: string): Promise<EndpointRecord | undefined> {
    return this.endpointsQuery().where('e.name', '=', name).executeTakeFirst();
  }

  listEndpoints(): Promise<EndpointRecord[]> {
    return this.endpointsQuery().orderBy('e.name').execute();
  }

  /** Moves an endpoint to a status and records the change in its history. */
  async setStatus(
    endpoint: Pick<EndpointRow, 'id' | 'name' | 'status'>,
    status: EndpointStatus,
    failureReason: string | null = null,
    actor = 'system',
  ): Promise<void> {
    await this.db
      .updateTable('endpoints')
      .set({ status, failure_reason: failureReason, updated_at: new Date() })
      .where('id', '=', endpoint.id)
      .execute();
    await this.addEvent(endpoint.name, actor, 'StatusChanged', {
      from: endpoint.status,
      to: status,
      ...(failureReason ? { reason: failureReason } : {}),
    });
  }

  async addEvent(endpointName: string, actor: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.db
      .insertInto('endpoint_events')
      .values({ endpoint_name: endpointName, actor, action, detail: JSON.stringify(detail) })
      .execute();
  }

  /** The endpoint's history, newest first; it outlives the endpoint. */
  async listEvents(endpointName: string): Promise<EndpointEventRecord[]> {
    return this.db
      .selectFrom('endpoint_events')
      .select(['at', 'actor', 'action', 'detail'])
      .where('endpoint_name', '=', endpointName)
      .orderBy('id', 'desc')
      .execute();
  }

  /** Changes weights and instance counts of an endpoint's current variants, all or none. */
  async updateLiveVariants(endpointId: number, generation: number, changes: VariantChange[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const change of changes) {
        await trx
          .updateTable('endpoint_variants')
          .set({
            ...(change.weight !== undefined ? { weight: change.weight } : {}),
            ...(change.instanceCount !== undefined ? { instance_count: change.instanceCount } : {}),
          })
          .where('endpoint_id', '=', endpointId)
          .where('generation', '=', generation)
          .where('name', '=', change.name)
          .execute();
      }
      await trx.updateTable('endpoints').set({ updated_at: new Date() }).where('id', '=', endpointId).execute();
    });
  }

  async deleteEndpoint(id: number): Promise<void> {
    await this.db.deleteFrom('endpoints').where('id', '=', id).execute();
  }

  listPlacements(): Promise<PlacementRow[]> {
    return this.db.selectFrom('placements').selectAll().execute();
  }

  async addPlacement(placement: NewPlacement): Promise<void> {
    await this.db
      .insertInto('placements')
      .values(placement)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async setPlacementState(key: PlacementKey, state: PlacementState, error: string | null = null): Promise<void> {
    await this.db
      .updateTable('placements')
      .set({ state, error, updated_at: new Date() })
      .where('endpoint_id', '=', key.endpoint_id)
      .where('generation', '=', key.generation)
      .where('variant_name', '=', key.variant_name)
      .where('worker_id', '=', key.worker_id)
      .execute();
  }

  async removePlacement(key: PlacementKey): Promise<void> {
    await this.db
      .deleteFrom('placements')
      .where('endpoint_id', '=', key.endpoint_id)
      .where('generation', '=', key.generation)
      .where('variant_name', '=', key.variant_name)
      .where('worker_id', '=', key.worker_id)
      .execute();
  }
}
