import { AppError, type Logger } from '@modelserve/common';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { AccessConnection, REQUEST_PATH_CALL } from '../connections/service-connections';
import { GatewayMetrics } from '../observability/metrics';

/** Leased requests not used within this time go back to nothing (the shared bucket keeps refilling). */
const LEASE_MS = 1000;
const MAX_LEASE = 64;

interface SubjectState {
  unlimitedUntil: number;
  leased: number;
  leaseExpiresAt: number;
  blockedUntil: number;
  retryAfterMs: number;
  limitedBy: string;
  /** Requests admitted in the current second, and requests waiting for a lease: they size the next lease. */
  recent: number;
  waiting: number;
  recentSince: number;
  inflight?: Promise<void>;
}

/**
 * Per-key and per-endpoint request quotas, held across every gateway process: the buckets are in the
 * registry's database, and each process leases a few requests at a time from them (about a tenth of a
 * second of its recent demand), so that most requests are admitted from memory. A process can never
 * admit more than it leased, so the limits hold whatever the number of processes. While the registry
 * cannot be reached, requests are admitted unmetered: quotas fail open, serving does not stop.
 */
@Injectable()
export class QuotaGate {
  private readonly subjects = new Map<string, SubjectState>();

  /** A subject without a quota is asked about again after this long (AUTH_CACHE_MS, as keys are). */
  private readonly recheckMs: number;

  constructor(
    private readonly access: AccessConnection,
    private readonly metrics: GatewayMetrics,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    this.recheckMs = config.AUTH_CACHE_MS;
  }

  /** Admits one request against each subject ("key:<id>", "endpoint:<name>"), or throws a 429 with Retry-After. */
  async admit(subjects: readonly string[], requestId: string): Promise<void> {
    for (const subject of subjects) await this.admitOne(subject, requestId);
  }

  private async admitOne(subject: string, requestId: string): Promise<void> {
    const state = this.stateOf(subject);
    // Each lease either grants requests or blocks the subject until its bucket refills, so this ends.
    for (;;) {
      const now = Date.now();
      if (state.unlimitedUntil > now) return;
      if (state.leased > 0 && state.leaseExpiresAt > now) {
        state.leased--;
        if (now - state.recentSince > 1000) {
          state.recent = 0;
          state.recentSince = now;
        }
        state.recent++;
        return;
      }
      if (state.blockedUntil > now) break;
      state.waiting++;
      try {
        state.inflight ??= this.lease(subject, state, requestId).finally(() => (state.inflight = undefined));
        await state.inflight;
      } finally {
        state.waiting--;
      }
    }
    const retryAfterSeconds = Math.max(1, Math.ceil(Math.max(state.blockedUntil - Date.now(), state.retryAfterMs) / 1000));
    this.metrics.quotaRejections.inc({ subject: subject.slice(0, subject.indexOf(':')), limit: state.limitedBy || 'rate' });
    throw new AppError(
      'TooManyRequests',
      `the ${state.limitedBy === 'daily' ? 'daily quota' : 'request rate'} of ${subject} is used up; retry after ${retryAfterSeconds} s`,
      {
        retryAfterSeconds,
      },
    );
  }

  private async lease(subject: string, state: SubjectState, requestId: string): Promise<void> {
    const want = Math.min(MAX_LEASE, Math.max(1, state.waiting, Math.ceil(state.recent / 10)));
    let answer;
    try {
      answer = await this.access.call('TakeQuota', { subject, want }, { id: requestId }, REQUEST_PATH_CALL);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'Unavailable')) throw error;
      // The registry is away: serving goes on unmetered rather than stopping with it (quotas fail open).
      this.logger.warn({ subject }, 'quotas cannot be checked while the registry is unreachable; admitting requests');
      state.unlimitedUntil = Date.now() + this.recheckMs;
      return;
    }
    const now = Date.now();
    if (answer.unlimited) {
      state.unlimitedUntil = now + this.recheckMs;
      return;
    }
    state.leased = answer.granted;
    state.leaseExpiresAt = now + LEASE_MS;
    state.limitedBy = answer.limitedBy;
    state.retryAfterMs = answer.retryAfterMs;
    // Refused: ask again only once the bucket can have refilled.
    state.blockedUntil = answer.granted > 0 ? 0 : now + Math.min(answer.retryAfterMs, LEASE_MS);
  }

  private stateOf(subject: string): SubjectState {
    let state = this.subjects.get(subject);
    if (!state) {
      if (this.subjects.size > 10_000) this.subjects.clear();
      state = {
        unlimitedUntil: 0,
        leased: 0,
        leaseExpiresAt: 0,
        blockedUntil: 0,
        retryAfterMs: 0,
        limitedBy: '',
        recent: 0,
        waiting: 0,
        recentSince: Date.now(),
      };
      this.subjects.set(subject, state);
    }
    return state;
  }
}
