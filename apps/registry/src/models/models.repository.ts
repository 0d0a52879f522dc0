import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DB, type Db } from '../database/database';
import { isUniqueViolation } from '@modelserve/database';
import type { ApprovalStatus, QualitySpecRequest, RuntimeOptions, TrainingLineage, UpdateVersionRequest } from '@modelserve/schemas';
import type { BatchSupport, ModelRow, ModelVersionRow, TensorSpecRow } from '../database/schema';

export interface Model {
  id: number;
  name: string;
  description: string;
  createdAt: Date;
  /** Null while the model has no version. */
  latestVersion: number | null;
}

export interface VersionRecord {
  model: string;
  version: number;
  artifactUri: string;
  sha256: string;
  sizeBytes: number;
  inputs: TensorSpecRow[];
  outputs: TensorSpecRow[];
  createdAt: Date;
  description: string;
  tags: Record<string, string>;
  approvalStatus: ApprovalStatus;
  aliases: string[];
  /** Null until found, for versions uploaded before the check existed. */
  batchSupport: { support: BatchSupport; detail: string } | null;
  runtime: RuntimeOptions | null;
  quality: QualitySpecRequest | null;
  /** The training job the version came from; null for uploaded versions. */
  lineage: TrainingLineage | null;
}

export interface NewVersion {
  artifactUri: string;
  sha256: string;
  sizeBytes: number;
  inputs: TensorSpecRow[];
  outputs: TensorSpecRow[];
  batchSupport: { support: BatchSupport; detail: string };
  description?: string;
  tags?: Record<string, string>;
  lineage?: TrainingLineage;
}

@Injectable()
export class ModelsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Inserts a model; undefined when the name is taken. */
  async create(name: string, description: string): Promise<Model | undefined> {
    try {
      const row = await this.db.insertInto('models').values({ name, description }).returningAll().executeTakeFirstOrThrow();
      return toModel({ ...row, latest_version: null });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  private withLatest() {
    return this.db
      .selectFrom('models')
      .selectAll('models')
      .select((eb) =>
        eb
          .selectFrom('model_versions')
          .whereRef('model_versions.model_id', '=', 'models.id')
          .select(sql<number>`max(version)`.as('v'))
          .as('latest_version'),
      );
  }

  async find(name: string): Promise<Model | undefined> {
    const row = await this.withLatest().where('name', '=', name).executeTakeFirst();
    return row && toModel(row);
  }

  async list(): Promise<Model[]> {
    return (await this.withLatest().orderBy('name').execute()).map(toModel);
  }

  /** Gives the next version number; retried when two uploads of one model race for it. */
  async insertVersion(model: Model, version: NewVersion): Promise<VersionRecord> {
    for (let attempt = 0; ; attempt++) {
      try {
        const row = await this.db
          .insertInto('model_versions')
          .columns([
            'model_id',
            'version',
            'artifact_uri',
            'sha256',
            'size_bytes',
            'inputs',
            'outputs',
            'batch_support',
            'batch_support_detail',
            'description',
            'tags',
            'lineage',
          ])
          .expression((eb) =>
            eb
              .selectFrom('model_versions')
              .where('model_id', '=', model.id)
              .select([
                sql.lit(model.id).as('model_id'),
                sql<number>`coalesce(max(version), 0) + 1`.as('version'),
                sql.val(version.artifactUri).as('artifact_uri'),
                sql.val(version.sha256).as('sha256'),
                sql.val(version.sizeBytes).as('size_bytes'),
                sql`cast(${JSON.stringify(version.inputs)} as jsonb)`.as('inputs'),
                sql`cast(${JSON.stringify(version.outputs)} as jsonb)`.as('outputs'),
                sql.val(version.batchSupport.support).as('batch_support'),
                sql.val(version.batchSupport.detail).as('batch_support_detail'),
                sql.val(version.description ?? '').as('description'),
                sql`cast(${JSON.stringify(version.tags ?? {})} as jsonb)`.as('tags'),
                sql`cast(${version.lineage ? JSON.stringify(version.lineage) : null} as jsonb)`.as('lineage'),
              ]),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        return toVersionRecord(model.name, row, []);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  /** The artifact URI of every version of every model. */
  async artifactUris(): Promise<Set<string>> {
    return new Set((await this.db.selectFrom('model_versions').select('artifact_uri').execute()).map((row) => row.artifact_uri));
  }

  async findVersion(model: Model, version: number): Promise<VersionRecord | undefined> {
    const row = await this.db
      .selectFrom('model_versions')
      .selectAll()
      .where('model_id', '=', model.id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row && toVersionRecord(model.name, row, (await this.aliasesOf(model)).get(version) ?? []);
  }

  async listVersions(model: Model): Promise<VersionRecord[]> {
    const rows = await this.db.selectFrom('model_versions').selectAll().where('model_id', '=', model.id).orderBy('version').execute();
    const aliases = await this.aliasesOf(model);
    return rows.map((row) => toVersionRecord(model.name, row, aliases.get(row.version) ?? []));
  }

  /** The model's aliases, grouped by the version they point at. */
  private async aliasesOf(model: Model): Promise<Map<number, string[]>> {
    const rows = await this.db
      .selectFrom('model_aliases')
      .select(['alias', 'version'])
      .where('model_id', '=', model.id)
      .orderBy('alias')
      .execute();
    const byVersion = new Map<number, string[]>();
    for (const row of rows) byVersion.set(row.version, [...(byVersion.get(row.version) ?? []), row.alias]);
    return byVersion;
  }

  async updateVersionMetadata(model: Model, version: number, metadata: UpdateVersionRequest): Promise<void> {
    await this.db
      .updateTable('model_versions')
      .set({
        ...(metadata.description !== undefined ? { description: metadata.description } : {}),
        ...(metadata.tags !== undefined ? { tags: JSON.stringify(metadata.tags) } : {}),
        ...(metadata.approvalStatus !== undefined ? { approval_status: metadata.approvalStatus } : {}),
        ...(metadata.runtime !== undefined ? { runtime: JSON.stringify(metadata.runtime) } : {}),
        ...(metadata.quality !== undefined ? { quality: JSON.stringify(metadata.quality) } : {}),
      })
      .where('model_id', '=', model.id)
      .where('version', '=', version)
      .execute();
  }

  /** Records what the batch support check found of a version uploaded before the check existed. */
  async setBatchSupport(model: Model, version: number, finding: { support: BatchSupport; detail: string }): Promise<void> {
    await this.db
      .updateTable('model_versions')
      .set({ batch_support: finding.support, batch_support_detail: finding.detail })
      .where('model_id', '=', model.id)
      .where('version', '=', version)
      .execute();
  }

  /** Endpoint configs whose variants use the version. */
  async configsUsing(model: Model, version: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('endpoint_config_variants as v')
      .innerJoin('endpoint_configs as c', 'c.id', 'v.config_id')
      .select('c.name')
      .distinct()
      .where('v.model_id', '=', model.id)
      .where('v.version', '=', version)
      .orderBy('c.name')
      .execute();
    return rows.map((r) => r.name);
  }

  /** Endpoint configs whose variants use any version of the model. */
  async configsUsingModel(model: Model): Promise<string[]> {
    const rows = await this.db
      .selectFrom('endpoint_config_variants as v')
      .innerJoin('endpoint_configs as c', 'c.id', 'v.config_id')
      .select('c.name')
      .distinct()
      .where('v.model_id', '=', model.id)
      .orderBy('c.name')
      .execute();
    return rows.map((r) => r.name);
  }

  /** Deletes the model, its aliases and its versions (their artifacts are swept later, once unreferenced). */
  async deleteModel(model: Model): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('model_aliases').where('model_id', '=', model.id).execute();
      await trx.deleteFrom('model_versions').where('model_id', '=', model.id).execute();
      await trx.deleteFrom('models').where('id', '=', model.id).execute();
    });
  }

  async deleteVersion(model: Model, version: number): Promise<void> {
    await this.db.deleteFrom('model_versions').where('model_id', '=', model.id).where('version', '=', version).execute();
  }

  async setAlias(model: Model, alias: string, version: number): Promise<void> {
    await this.db
      .insertInto('model_aliases')
      .values({ model_id: model.id, alias, version })
      .onConflict((oc) => oc.columns(['model_id', 'alias']).doUpdateSet({ version, updated_at: new Date() }))
      .execute();
  }

  /** True when the alias existed. */
  async deleteAlias(model: Model, alias: string): Promise<boolean> {
    const result = await this.db.deleteFrom('model_aliases').where('model_id', '=', model.id).where('alias', '=', alias).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async versionOfAlias(model: Model, alias: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('model_aliases')
      .select('version')
      .where('model_id', '=', model.id)
      .where('alias', '=', alias)
      .executeTakeFirst();
    return row?.version;
  }
}

function toModel(row: ModelRow & { latest_version: number | null }): Model {
  return { id: row.id, name: row.name, description: row.description, createdAt: row.created_at, latestVersion: row.latest_version };
}

function toVersionRecord(model: string, row: ModelVersionRow, aliases: string[]): VersionRecord {
  return {
    model,
    version: row.version,
    artifactUri: row.artifact_uri,
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    inputs: row.inputs,
    outputs: row.outputs,
    createdAt: row.created_at,
    description: row.description,
    tags: row.tags,
    approvalStatus: row.approval_status,
    aliases,
    batchSupport: row.batch_support ? { support: row.batch_support, detail: row.batch_support_detail ?? '' } : null,
    runtime: row.runtime,
    quality: row.quality,
    lineage: row.lineage,
  };
}
