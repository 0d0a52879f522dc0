/**
 * How the endpoints side tells placement that something changed (an endpoint was created, resized or
 * deleted) so that workers converge soon rather than at the next timer tick. Placement provides it;
 * endpoints never import placement.
 */
export interface PlacementTrigger {
  /** Resolves when the pass that sees the change has run. */
  trigger(): Promise<void>;
}

export const PLACEMENT_TRIGGER = Symbol('PLACEMENT_TRIGGER');
