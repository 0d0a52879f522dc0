import type { ModelVersionRef__Output } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';

export interface WorkerState {
  id: string;
  address: string;
  incarnation: string;
  lastSeen: number;
  /** model:version keys the worker reported loaded in its last heartbeat. */
  loaded: Set<string>;
}

export const modelKey = (model: string, version: number) => `${model}:${version}`;

/**
 * The workers the registry has heard from, kept in memory: after a registry restart the next round of
 * heartbeats (one interval) rebuilds it, and placements in the database wait that long before being
 * judged, so a registry restart moves no model.
 */
@Injectable()
export class WorkersDirectory {
  private readonly workers = new Map<string, WorkerState>();
  private readonly startedAt = Date.now();
  /** Workers whose loaded set is news: first heard of by this registry process, or restarted since. */
  private readonly toAudit = new Set<string>();

  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {}

  /** Records a heartbeat; true when something the placement depends on changed. */
  heartbeat(id: string, address: string, incarnation: string, loaded: ModelVersionRef__Output[]): boolean {
    const keys = new Set(loaded.map((ref) => modelKey(ref.model, ref.version)));
    const previous = this.workers.get(id);
    this.workers.set(id, { id, address, incarnation, lastSeen: Date.now(), loaded: keys });
    if (!previous || previous.incarnation !== incarnation) this.toAudit.add(id);
    if (!previous || !this.isLive(previous)) return true;
    return (
      previous.address !== address ||
      previous.incarnation !== incarnation ||
      previous.loaded.size !== keys.size ||
      [...keys].some((key) => !previous.loaded.has(key))
    );
  }

  /**
   * Workers whose placements must be checked against what they report loaded, each handed out once.
   * Only then can "placed but not loaded" be trusted: later heartbeats may predate a load in flight.
   */
  takeWorkersToAudit(): WorkerState[] {
    const workers = [...this.toAudit].map((id) => this.workers.get(id)).filter((w): w is WorkerState => !!w);
    this.toAudit.clear();
    return workers;
  }

  private isLive(worker: WorkerState) {
    return Date.now() - worker.lastSeen <= this.config.WORKER_TTL_MS;
  }

  live(): WorkerState[] {
    return [...this.workers.values()].filter((w) => this.isLive(w));
  }

  liveWorker(id: string): WorkerState | undefined {
    const worker = this.workers.get(id);
    return worker && this.isLive(worker) ? worker : undefined;
  }

  /** Gone: silent past the TTL. Right after a registry start nobody is judged gone until workers had time to call. */
  isGone(id: string): boolean {
    if (Date.now() - this.startedAt <= this.config.WORKER_TTL_MS) return false;
    return !this.liveWorker(id);
  }
}
