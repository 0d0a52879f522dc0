import { Injectable } from '@nestjs/common';
import { PlacementsRepository } from './placements.repository';
import { WorkersDirectory } from './workers.directory';

/** Counts of a variant's instances that are loaded on a live worker: an endpoint view's readyInstanceCount. */
export type ReadyInstances = (endpointId: number, generation: number, variant: string) => number;

@Injectable()
export class InstanceCounts {
  constructor(
    private readonly placements: PlacementsRepository,
    private readonly workers: WorkersDirectory,
  ) {}

  async ready(): Promise<ReadyInstances> {
    const counts = new Map<string, number>();
    for (const p of await this.placements.list()) {
      if (p.state !== 'Ready' || this.workers.isGone(p.workerId)) continue;
      const key = `${p.endpointId}/${p.generation}/${p.variant}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return (endpointId, generation, variant) => counts.get(`${endpointId}/${generation}/${variant}`) ?? 0;
  }
}
