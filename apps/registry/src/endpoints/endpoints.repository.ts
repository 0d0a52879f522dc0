import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';
import type { AsyncInferenceRow, DataCaptureRow, DeploymentState, EndpointRow, EndpointStatus } from '../database/schema';
import { copyConfigVariants, resolvedVariants, type ResolvedVariant } from './variants.query';

export interface Endpoint {
  id: number;
  name: string;
  status: EndpointStatus;
  failureReason: string | null;
  /** The config the endpoint serves; during an update, the one it is moving away from. */
  configId: number;
  configName: string;
  /** The data capture settings of that config. */
  dataCapture: DataCaptureRow | null;
  asyncInference: AsyncInferenceRow | null;
  /** The generation of live variants that serves; an update brings up the next one beside it. */
  generation: number;
  /** Set while Updating. */
  deployment: DeploymentState | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface EndpointEvent {
  at: Date;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

export interface VariantChange {
  name: string;
  weight?: number;
  instanceCount?: number;
}

function toEndpoint(
  row: EndpointRow & { config_name: string; data_capture: DataCaptureRow | null; async_inference: AsyncInferenceRow | null },
): Endpoint {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    failureReason: row.failure_reason,
    configId: row.config_id,
    configName: row.config_name,
    dataCapture: row.data_capture,
    asyncInference: row.async_inference,
    generation: row.generation,
    deployment: row.deployment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Endpoints, their live variants (one generation, two during an update) and their history. */
@Injectable()
export class EndpointsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  private endpointsQuery() {
    return this.db
      .selectFrom('endpoints as e')
      .innerJoin('endpoint_configs as c', 'c.id', 'e.config_id')
      .selectAll('e')
      .select(['c.name as config_name', 'c.data_capture', 'c.async_inference']);
  }

  async find(name: string): Promise<Endpoint | undefined> {
    const row = await this.endpointsQuery().where('e.name', '=', name).executeTakeFirst();
    return row && toEndpoint(row);
  }

  async list(): Promise<Endpoint[]> {
    return (await this.endpointsQuery().orderBy('e.name').execute()).map(toEndpoint);
  }

  /** Live variants of the given endpoints, every generation, keyed by endpoint id. */
  liveVariantsOf(endpointIds: number[]): Promise<Map<number, ResolvedVariant[]>> {
    return resolvedVariants(this.db, 'endpoint', endpointIds);
  }

  /** Inserts an endpoint in Creating with its config's variants as its live ones; undefined when the name is taken. */
  async create(name: string, configId: number): Promise<number | undefined> {
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

  async delete(id: number): Promise<void> {
    await this.db.deleteFrom('endpoints').where('id', '=', id).execute();
  }

  /** Moves an endpoint to a status and records the change in its history. */
  async setStatus(
    endpoint: Pick<Endpoint, 'id' | 'name' | 'status'>,
    status: EndpointStatus,
    failureReason: string | null = null,
    actor = 'system',
  ) {
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

  /** Starts an update: the target config's variants become the endpoint's next generation. */
  async startUpdate(endpoint: Endpoint, configId: number, deployment: DeploymentState): Promise<void> {
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
  async finishUpdate(endpoint: Endpoint, generation: number, configId: number, failureReason: string | null): Promise<void> {
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

  async addEvent(endpointName: string, actor: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.db
      .insertInto('endpoint_events')
      .values({ endpoint_name: endpointName, actor, action, detail: JSON.stringify(detail) })
      .execute();
  }

  /** The endpoint's history, newest first; it outlives the endpoint. */
  listEvents(endpointName: string): Promise<EndpointEvent[]> {
    return this.db
      .selectFrom('endpoint_events')
      .select(['at', 'actor', 'action', 'detail'])
      .where('endpoint_name', '=', endpointName)
      .orderBy('id', 'desc')
      .execute();
  }
}
