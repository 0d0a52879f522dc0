import type { QuotaLimits } from '@modelserve/schemas';
import { Injectable } from '@nestjs/common';
import { ApisService } from '../functions/apis.service';
import { KeysRepository } from './keys.repository';
import { limitsAnything, QuotasRepository, type Grant } from './quotas.repository';

export type TakeResult = ({ unlimited: true } & Partial<Grant>) | ({ unlimited: false } & Grant);

/** Request quotas per key and per endpoint, shared by every gateway through the database. */
@Injectable()
export class QuotasService {
  constructor(
    private readonly quotas: QuotasRepository,
    private readonly keys: KeysRepository,
    private readonly apis: ApisService,
  ) {}

  /** Takes up to `want` requests from `subject` ("key:<id>", "endpoint:<name>", or "apikey:<id>" for a public API's key). */
  async take(subject: string, want: number): Promise<TakeResult> {
    const separator = subject.indexOf(':');
    const kind = subject.slice(0, separator);
    const name = subject.slice(separator + 1);
    const limits =
      kind === 'key'
        ? (await this.keys.find(name))?.quota
        : kind === 'endpoint'
          ? await this.quotas.endpointQuota(name)
          : kind === 'apikey'
            ? await this.apis.keyLimits(name)
            : undefined;
    if (!limitsAnything(limits)) return { unlimited: true };
    return { unlimited: false, ...(await this.quotas.take(subject, Math.max(1, want), limits)) };
  }

  async endpointQuota(endpoint: string) {
    return (await this.quotas.endpointQuota(endpoint)) ?? null;
  }

  /** Sets (or, with no limit in it, removes) an endpoint's quota. */
  async setEndpointQuota(endpoint: string, quota: QuotaLimits) {
    await this.quotas.setEndpointQuota(endpoint, limitsAnything(quota) ? quota : null);
    return this.endpointQuota(endpoint);
  }
}
