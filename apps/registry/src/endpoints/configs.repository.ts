import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';
import type { AsyncInferenceRow, DataCaptureRow, EndpointConfigsTable } from '../database/schema';
import { sql, type Selectable } from 'kysely';
import { resolvedVariants, type ConfigVariant, type ResolvedVariant } from './variants.query';

export interface EndpointConfig {
  id: number;
  name: string;
  createdAt: Date;
  variants: ResolvedVariant[];
  dataCapture: DataCaptureRow | null;
  asyncInference: AsyncInferenceRow | null;
}

/** What a config holds besides its variants. */
export type ConfigSettings = Pick<EndpointConfig, 'dataCapture' | 'asyncInference'>;

/** Endpoint configs: immutable blueprints of variants that endpoints are created from and updated to. */
@Injectable()
export class EndpointConfigsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Inserts a config and its variants in one transaction; undefined when the name is taken. */
  async create(name: string, variants: Omit<ConfigVariant, 'model'>[], settings: ConfigSettings): Promise<number | undefined> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('endpoint_configs')
          .values({
            name,
            data_capture: settings.dataCapture && JSON.stringify(settings.dataCapture),
            async_inference: settings.asyncInference && JSON.stringify(settings.asyncInference),
          })
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

  async find(name: string): Promise<EndpointConfig | undefined> {
    const row = await this.db.selectFrom('endpoint_configs').selectAll().where('name', '=', name).executeTakeFirst();
    return row && (await this.withVariants([row]))[0];
  }

  async list(): Promise<EndpointConfig[]> {
    return this.withVariants(await this.db.selectFrom('endpoint_configs').selectAll().orderBy('name').execute());
  }

  /** Endpoints that serve the config or are updating to it. */
  async endpointsUsing(config: EndpointConfig): Promise<string[]> {
    const rows = await this.db
      .selectFrom('endpoints')
      .select('name')
      .where((eb) => eb.or([eb('config_id', '=', config.id), eb(sql<number>`(deployment->>'toConfigId')::integer`, '=', config.id)]))
      .orderBy('name')
      .execute();
    return rows.map((r) => r.name);
  }

  async delete(config: EndpointConfig): Promise<void> {
    await this.db.deleteFrom('endpoint_configs').where('id', '=', config.id).execute();
  }

  private async withVariants(rows: Selectable<EndpointConfigsTable>[]): Promise<EndpointConfig[]> {
    const variants = await resolvedVariants(
      this.db,
      'config',
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      variants: variants.get(row.id) ?? [],
      dataCapture: row.data_capture,
      asyncInference: row.async_inference,
    }));
  }
}
