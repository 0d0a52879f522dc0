import { Inject, Injectable } from '@nestjs/common';
import { DB, type Db } from '../database/database';
import type { PlacementRow, PlacementState } from '../database/schema';

/** One instance of an endpoint variant on one worker. */
export interface Placement {
  endpointId: number;
  generation: number;
  variant: string;
  workerId: string;
  workerAddress: string;
  state: PlacementState;
  error: string | null;
}

export type PlacementKey = Pick<Placement, 'endpointId' | 'generation' | 'variant' | 'workerId'>;

export const placementKey = (p: PlacementKey) => `${p.endpointId}/${p.generation}/${p.variant}/${p.workerId}`;

const toPlacement = (row: PlacementRow): Placement => ({
  endpointId: row.endpoint_id,
  generation: row.generation,
  variant: row.variant_name,
  workerId: row.worker_id,
  workerAddress: row.worker_address,
  state: row.state,
  error: row.error,
});

@Injectable()
export class PlacementsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async list(): Promise<Placement[]> {
    return (await this.db.selectFrom('placements').selectAll().execute()).map(toPlacement);
  }

  async add(placement: Placement): Promise<void> {
    await this.db
      .insertInto('placements')
      .values({
        endpoint_id: placement.endpointId,
        generation: placement.generation,
        variant_name: placement.variant,
        worker_id: placement.workerId,
        worker_address: placement.workerAddress,
        state: placement.state,
        error: placement.error,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async setState(key: PlacementKey, state: PlacementState, error: string | null = null): Promise<void> {
    await this.db
      .updateTable('placements')
      .set({ state, error, updated_at: new Date() })
      .where('endpoint_id', '=', key.endpointId)
      .where('generation', '=', key.generation)
      .where('variant_name', '=', key.variant)
      .where('worker_id', '=', key.workerId)
      .execute();
  }

  async remove(key: PlacementKey): Promise<void> {
    await this.db
      .deleteFrom('placements')
      .where('endpoint_id', '=', key.endpointId)
      .where('generation', '=', key.generation)
      .where('variant_name', '=', key.variant)
      .where('worker_id', '=', key.workerId)
      .execute();
  }
}
