import type { RoutingTable } from '@modelserve/contracts';
import { Injectable } from '@nestjs/common';

type Listener = (table: RoutingTable) => void;

/** The latest routing table and the gateways watching it. A table is pushed only when it changed. */
@Injectable()
export class RoutingTableService {
  private revision = 0;
  private current: RoutingTable = { revision: 0, endpoints: [] };
  private fingerprint = '';
  private readonly listeners = new Set<Listener>();

  publish(endpoints: NonNullable<RoutingTable['endpoints']>): void {
    const fingerprint = JSON.stringify(endpoints);
    if (fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    this.current = { revision: ++this.revision, endpoints };
    for (const listener of this.listeners) listener(this.current);
  }

  /** Calls the listener with the current table now and with every new one; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  get table(): RoutingTable {
    return this.current;
  }
}
