import { Injectable } from '@nestjs/common';
import type { DeploymentState } from '../database/schema';

interface Window {
  requests: number;
  errors: number;
  latenciesMs: number[];
}

/** Latencies kept per window at most; beyond it the older half is dropped. */
const MAX_LATENCIES = 20_000;

export interface VariantTrafficReport {
  endpoint: string;
  generation: number;
  requests: number;
  errors: number;
  latenciesMs: number[];
}

/**
 * What gateways report of the traffic each endpoint generation served since the current deployment
 * step began: requests, server-side errors and latencies. Deployments compare it with their thresholds.
 * Only generations a deployment tracks are kept; the rest of a report is ignored.
 */
@Injectable()
export class TrafficStats {
  private readonly windows = new Map<string, Window>();

  record(reports: VariantTrafficReport[]): void {
    for (const report of reports) {
      const window = this.windows.get(`${report.endpoint}/${report.generation}`);
      if (!window) continue;
      window.requests += report.requests;
      window.errors += report.errors;
      window.latenciesMs.push(...report.latenciesMs);
      if (window.latenciesMs.length > MAX_LATENCIES) window.latenciesMs.splice(0, window.latenciesMs.length / 2);
    }
  }

  /** Starts a new window for a generation, as a deployment step begins. */
  reset(endpoint: string, generation: number): void {
    this.windows.set(`${endpoint}/${generation}`, { requests: 0, errors: 0, latenciesMs: [] });
  }

  /** Keeps a window for the generation, starting one if there is none (after a registry restart). */
  track(endpoint: string, generation: number): void {
    if (!this.windows.has(`${endpoint}/${generation}`)) this.reset(endpoint, generation);
  }

  forget(endpoint: string, generation: number): void {
    this.windows.delete(`${endpoint}/${generation}`);
  }

  /** Why the generation's traffic since the last reset crosses a threshold, or undefined. */
  breach(endpoint: string, generation: number, limits: DeploymentState['rollback']): string | undefined {
    const window = this.windows.get(`${endpoint}/${generation}`);
    if (!window || window.requests === 0 || window.requests < limits.minRequests) return undefined;
    const errorRate = (window.errors / window.requests) * 100;
    if (limits.maxErrorRatePercent !== null && errorRate > limits.maxErrorRatePercent) {
      return `error rate ${errorRate.toFixed(1)}% over ${window.requests} requests exceeds ${limits.maxErrorRatePercent}%`;
    }
    if (limits.maxP99Ms !== null && window.latenciesMs.length > 0) {
      const sorted = [...window.latenciesMs].sort((a, b) => a - b);
      const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
      if (p99 > limits.maxP99Ms) return `p99 latency ${p99.toFixed(2)} ms over ${window.requests} requests exceeds ${limits.maxP99Ms} ms`;
    }
    return undefined;
  }
}
