import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';
import { isUniqueViolation } from '../database/errors';
import type { EndpointRow, EndpointStatus, NewPlacement, PlacementRow, PlacementState, TensorSpecRow } from '../database/schema';

export interface ConfigVariant {
  name: string;
  model: string;
  modelId: number;
  version: number;
  instanceCount: number;
  weight: number;
}

export interface ConfigRecord {
  id: number;
  name: string;
  createdAt: Date;
  variants: ConfigVariant[];
}

/** A variant with what the placement and routing need of its model version. */
export interface ResolvedVariant extends ConfigVariant {
  artifactUri: string;
  sha256: string;
  inputs: TensorSpecRow[];
  outputs: TensorSpecRow[];
}

export interface EndpointRecord extends EndpointRow {
  config_name: string;
}

@Injectable()
export class EndpointsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Inserts a config and its variants in one transaction; undefined when the name is taken. */
  async createConfig(name: string, variants: Omit<ConfigVariant, 'model'>[]): Promise<number | undefined> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const { id } = await trx.insertInto('endpoint_configs').values({ name }).returning('id').executeTakeFirstOrThrow();
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

  private variantsQuery() {
    return this.db
      .selectFrom('endpoint_config_variants as v')
      .innerJoin('models as m', 'm.id', 'v.model_id')
      .innerJoin('model_versions as mv', (join) => join.onRef('mv.model_id', '=', 'v.model_id').onRef('mv.version', '=', 'v.version'))
      .select([
        'v.config_id',
        'v.name',
        'm.name as model',
        'v.model_id',
        'v.version',
        'v.instance_count',
        'v.weight',
        'mv.artifact_uri',
        'mv.sha256',
        'mv.inputs',
        'mv.outputs',
      ])
      .orderBy('v.config_id')
      .orderBy('v.position');
  }

  /** Variants of the given configs, keyed by config id. */
  async variantsOf(configIds: number[]): Promise<Map<number, ResolvedVariant[]>> {
    const byConfig = new Map<number, ResolvedVariant[]>();
    if (configIds.length === 0) return byConfig;
    const rows = await this.variantsQuery().where('v.config_id', 'in', configIds).execute();
    for (const row of rows) {
      const list = byConfig.get(row.config_id) ?? [];
      list.push({
        name: row.name,
        model: row.model,
        modelId: row.model_id,
        version: row.version,
        instanceCount: row.instance_count,
        weight: row.weight,
        artifactUri: row.artifact_uri,
        sha256: row.sha256,
        inputs: row.inputs,
        outputs: row.outputs,
      });
      byConfig.set(row.config_id, list);
    }
    return byConfig;
  }

  async findConfig(name: string): Promise<ConfigRecord | undefined> {
    const row = await this.db.selectFrom('endpoint_configs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) return undefined;
    const variants = (await this.variantsOf([row.id])).get(row.id) ?? [];
    return { id: row.id, name: row.name, createdAt: row.created_at, variants };
  }

  async listConfigs(): Promise<ConfigRecord[]> {
    const rows = await this.db.selectFrom('endpoint_configs').selectAll().orderBy('name').execute();
    const variants = await this.variantsOf(rows.map((r) => r.id));
    return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, variants: variants.get(row.id) ?? [] }));
  }

  private endpointsQuery() {
    return this.db
      .selectFrom('endpoints as e')
      .innerJoin('endpoint_configs as c', 'c.id', 'e.config_id')
      .selectAll('e')
      .select('c.name as config_name');
  }

  /** Inserts an endpoint in Creating; undefined when the name is taken. */
  async createEndpoint(name: string, configId: number): Promise<number | undefined> {
    try {
      const row = await this.db
        .insertInto('endpoints')
        .values({ name, config_id: configId, status: 'Creating', failure_reason: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  findEndpoint(name: string): Promise<EndpointRecord | undefined> {
    return this.endpointsQuery().where('e.name', '=', name).executeTakeFirst();
  }

  listEndpoints(): Promise<EndpointRecord[]> {
    return this.endpointsQuery().orderBy('e.name').execute();
  }

  async setStatus(id: number, status: EndpointStatus, failureReason: string | null = null): Promise<void> {
    await this.db
      .updateTable('endpoints')
      .set({ status, failure_reason: failureReason, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  async deleteEndpoint(id: number): Promise<void> {
    await this.db.deleteFrom('endpoints').where('id', '=', id).execute();
  }

  listPlacements(): Promise<PlacementRow[]> {
    return this.db.selectFrom('placements').selectAll().execute();
  }

  async addPlacement(placement: NewPlacement): Promise<void> {
    await this.db.insertInto('placements').values(placement).onConflict((oc) => oc.doNothing()).execute();
  }

  async setPlacementState(
    key: Pick<PlacementRow, 'endpoint_id' | 'variant_name' | 'worker_id'>,
    state: PlacementState,
    error: string | null = null,
  ): Promise<void> {
    await this.db
      .updateTable('placements')
      .set({ state, error, updated_at: new Date() })
      .where('endpoint_id', '=', key.endpoint_id)
      .where('variant_name', '=', key.variant_name)
      .where('worker_id', '=', key.worker_id)
      .execute();
  }

  async removePlacement(key: Pick<PlacementRow, 'endpoint_id' | 'variant_name' | 'worker_id'>): Promise<void> {
    await this.db
      .deleteFrom('placements')
      .where('endpoint_id', '=', key.endpoint_id)
      .where('variant_name', '=', key.variant_name)
      .where('worker_id', '=', key.worker_id)
      .execute();
  }
}
