import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';

export interface SageMakerFieldsRow {
  kind: string;
  name: string;
  resourceCreatedAt: string;
  fields: Record<string, unknown>;
}

/**
 * Fields that SageMaker API callers send with a resource and that have no meaning on this platform
 * (ExecutionRoleArn, Tags, InstanceType, VPC settings): kept so that Describe* answers them back.
 */
@Injectable()
export class SageMakerFieldsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async set(row: SageMakerFieldsRow): Promise<void> {
    const values = { resource_created_at: row.resourceCreatedAt, fields: JSON.stringify(row.fields) };
    await this.db
      .insertInto('sagemaker_fields')
      .values({ kind: row.kind, name: row.name, ...values })
      .onConflict((oc) => oc.columns(['kind', 'name']).doUpdateSet(values))
      .execute();
  }

  async get(kind: string, names: readonly string[]): Promise<SageMakerFieldsRow[]> {
    if (names.length === 0) return [];
    const rows = await this.db.selectFrom('sagemaker_fields').selectAll().where('kind', '=', kind).where('name', 'in', names).execute();
    return rows.map((r) => ({ kind: r.kind, name: r.name, resourceCreatedAt: r.resource_created_at, fields: r.fields }));
  }
}
