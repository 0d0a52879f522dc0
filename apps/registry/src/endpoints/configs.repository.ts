import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';
import type { DataCaptureRow, EndpointConfigsTable } from '../database/schema';
import type { Selectable } from 'kysely';
import { resolvedVariants, type ConfigVariant, type ResolvedVariant } from './variants.query';

export interface EndpointConfig {
  id: number;
  name: string;
  createdAt: Date;
  variants: ResolvedVariant[];
  dataCapture: DataCaptureRow | null;
}

/** Endpoint configs: immutable blueprints of variants that endpoints are created from and updated to. */
@Injectable()
export class EndpointConfigsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Inserts a config and its variants in one transaction; undefined when the name is taken. */
  async create(name: string, variants: Omit<ConfigVariant, 'model'>[], dataCapture: DataCaptureRow | null): Promise<number | undefined> {
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

  async find(name: string): Promise<EndpointConfig | undefined> {
    const row = await this.db.selectFrom('endpoint_configs').selectAll().where('name', '=', name).executeTakeFirst();
    return row && (await this.withVariants([row]))[0];
  }

  async list(): Promise<EndpointConfig[]> {
    return this.withVariants(await this.db.selectFrom('endpoint_configs').selectAll().orderBy('name').execute());
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
    }));
  }
}
