import type { ResolvedVariant } from '../endpoints/variants.query';
import { placementKey, type Placement, type PlacementKey } from './placements.repository';
import { modelKey } from './workers.directory';

const variantKey = (endpointId: number, generation: number, variant: string) => `${endpointId}/${generation}/${variant}`;

/**
 * The placements one reconcile pass works on. The pass changes the database and this view together,
 * so that later steps of the same pass (which worker is least busy, whether a model is still used on a
 * worker) see what earlier steps did.
 */
export class PassPlacements {
  private readonly placements: Placement[];
  /** model:version of each live variant, by endpoint, generation and variant name. */
  private readonly modelOfVariant = new Map<string, string>();

  constructor(placements: Placement[], variants: Map<number, ResolvedVariant[]>) {
    this.placements = [...placements];
    for (const [endpointId, list] of variants) {
      for (const v of list) this.modelOfVariant.set(variantKey(endpointId, v.generation, v.name), modelKey(v.model, v.version));
    }
  }

  all(): readonly Placement[] {
    return this.placements;
  }

  ofEndpoint(endpointId: number): Placement[] {
    return this.placements.filter((p) => p.endpointId === endpointId);
  }

  ofVariant(endpointId: number, variant: Pick<ResolvedVariant, 'generation' | 'name'>): Placement[] {
    return this.placements.filter((p) => p.endpointId === endpointId && p.generation === variant.generation && p.variant === variant.name);
  }

  onWorker(workerId: string): Placement[] {
    return this.placements.filter((p) => p.workerId === workerId);
  }

  /** The model:version a placement serves. */
  modelOf(placement: PlacementKey): string | undefined {
    return this.modelOfVariant.get(variantKey(placement.endpointId, placement.generation, placement.variant));
  }

  /** Whether any placement left on the worker serves the model. */
  usesModel(workerId: string, model: string): boolean {
    return this.placements.some((p) => p.workerId === workerId && this.modelOf(p) === model);
  }

  add(placement: Placement): void {
    this.placements.push(placement);
  }

  remove(placement: PlacementKey): void {
    const index = this.placements.findIndex((p) => placementKey(p) === placementKey(placement));
    if (index >= 0) this.placements.splice(index, 1);
  }
}
