import { AppError, type Logger } from '@modelserve/common';
import type { EndpointRoute__Output, RoutingTable__Output } from '@modelserve/contracts';
import type { ClientReadableStream } from '@grpc/grpc-js';
import type { RegistryClient } from '@modelserve/contracts';

const RETRY_MS = 500;

/**
 * Where every endpoint's variants are served, followed through the registry's WatchRoutes stream.
 * Callers on the request path read this map only. If the registry goes away the last table keeps serving,
 * and the watch resumes when it is back.
 */
export class RoutingTable {
  private endpoints = new Map<string, EndpointRoute__Output>();
  private received = false;
  private stream?: ClientReadableStream<RoutingTable__Output>;
  private retry?: NodeJS.Timeout;
  private stopped = false;
  private listeners: ((endpoints: Map<string, EndpointRoute__Output>) => void)[] = [];

  constructor(
    private readonly registry: RegistryClient,
    private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.watch();
  }

  onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.retry);
    this.stream?.cancel();
  }

  get hasTable() {
    return this.received;
  }

  /** The endpoint's route; 404 when there is no such endpoint, 503 before the first table arrived. */
  endpoint(name: string): EndpointRoute__Output {
    const route = this.endpoints.get(name);
    if (route) return route;
    if (!this.received) throw new AppError('Unavailable', 'the gateway has not yet received the routing table from the registry');
    throw new AppError('NotFound', `endpoint ${name} does not exist`);
  }

  /** Every endpoint's route, as of the last table. */
  all(): EndpointRoute__Output[] {
    return [...this.endpoints.values()];
  }

  knows(name: string): boolean {
    return this.endpoints.has(name);
  }

  onChange(listener: (endpoints: Map<string, EndpointRoute__Output>) => void) {
    this.listeners.push(listener);
  }

  private watch() {
    if (this.stopped) return;
    const stream = this.registry.WatchRoutes({});
    this.stream = stream;
    stream.on('data', (table: RoutingTable__Output) => {
      this.endpoints = new Map(table.endpoints.map((e) => [e.name, e]));
      if (!this.received) this.logger.info({ endpoints: this.endpoints.size }, 'routing table received');
      this.received = true;
      for (const listener of this.listeners) listener(this.endpoints);
    });
    stream.on('error', () => undefined);
    // 'status' ends every call, whether the registry closed it, failed or was unreachable.
    stream.on('status', () => {
      if (this.stream !== stream || this.stopped) return;
      this.retry = setTimeout(() => this.watch(), RETRY_MS);
    });
  }
}
