import { hashApiKey } from '@modelserve/auth';
import { AppError, conflict, invalidRequest, notFound, type Logger } from '@modelserve/common';
import type { ApiSettings } from '@modelserve/schemas';
import { ObjectStore, readAll, readArchive } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { REGISTRY_LOGGER } from '../config';
import type { SiteRow } from '../database/schema';
import { ApisRepository, type ApiRow, type PublicKeyRow, type UsagePlanRow } from './apis.repository';

/** A built page: at most 50 MB packed, 2,000 files. */
export const MAX_SITE_BYTES = 50 * 1024 * 1024;
const SITE_LIMITS = { maxFiles: 2000, maxUnpackedBytes: 100 * 1024 * 1024 };

/** Callers' keys are told apart from management keys (msk_) at a glance. */
export const PUBLIC_KEY_PREFIX = 'mspk_';

export interface ApiDetail extends ApiRow {
  plans: UsagePlanRow[];
}

/** Public APIs: their definitions, usage plans, callers' keys and static sites. */
@Injectable()
export class ApisService {
  constructor(
    private readonly apis: ApisRepository,
    private readonly store: ObjectStore,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  async create(name: string, settings: ApiSettings): Promise<ApiDetail> {
    if (!(await this.apis.insert(name, settings))) throw conflict(`API ${name} already exists`);
    return this.get(name);
  }

  async update(name: string, settings: ApiSettings): Promise<ApiDetail> {
    if (!(await this.apis.update(name, settings))) throw notFound(`API ${name} does not exist`);
    return this.get(name);
  }

  async get(name: string): Promise<ApiDetail> {
    const api = await this.apis.get(name);
    if (!api) throw notFound(`API ${name} does not exist`);
    return { ...api, plans: await this.apis.plans(name) };
  }

  async list(): Promise<ApiDetail[]> {
    return Promise.all((await this.apis.list()).map(async (api) => ({ ...api, plans: await this.apis.plans(api.name) })));
  }

  async delete(name: string): Promise<ApiDetail> {
    const api = await this.get(name);
    await this.apis.delete(name);
    if (api.site) {
      await this.store
        .remove(this.store.location(api.site.key))
        .catch((error: unknown) => this.logger.warn({ err: error }, 'site not removed'));
    }
    return api;
  }

  async putPlan(plan: UsagePlanRow): Promise<UsagePlanRow> {
    await this.get(plan.api);
    await this.apis.putPlan(plan);
    return plan;
  }

  /** A new key on a plan of the API; its secret is returned here and kept only as a hash. */
  async createKey(api: string, name: string, plan: string): Promise<{ key: PublicKeyRow; plan: UsagePlanRow; secret: string }> {
    const detail = await this.get(api);
    if (!detail.plans.some((p) => p.name === plan)) throw invalidRequest(`API ${api} has no usage plan ${plan}`);
    const secret = PUBLIC_KEY_PREFIX + randomBytes(32).toString('base64url');
    const id = `pk-${randomBytes(8).toString('hex')}`;
    await this.apis.insertKey({ id, api, name, usage_plan: plan, created_at: new Date() }, hashApiKey(secret));
    const created = (await this.apis.keyWithPlan({ id }))!;
    return { ...created, secret };
  }

  async deleteKey(api: string, id: string): Promise<PublicKeyRow> {
    const removed = await this.apis.deleteKey(api, id);
    if (!removed) throw notFound(`API ${api} has no key ${id}`);
    return removed;
  }

  async resolveKey(api: string, keyHash: string) {
    const found = await this.apis.keyWithPlan({ api, keyHash });
    if (!found) throw notFound('no key of this API has that secret');
    return found;
  }

  /** A key's plan as request quotas, for the shared token buckets. */
  async keyLimits(id: string) {
    const found = await this.apis.keyWithPlan({ id });
    if (!found) return undefined;
    const { rate_limit, burst, quota_per_day } = found.plan;
    return { requestsPerSecond: rate_limit, burst, requestsPerDay: quota_per_day };
  }

  /** Replaces the API's site with a tar.gz (or zip) of a built page, which must hold index.html. */
  async putSite(api: string, archive: Buffer): Promise<SiteRow> {
    const detail = await this.get(api);
    if (archive.length > MAX_SITE_BYTES) throw new AppError('PayloadTooLarge', `a site archive is at most ${MAX_SITE_BYTES} bytes`);
    const files = await readArchive(archive, SITE_LIMITS);
    if (!files.has('index.html')) throw invalidRequest('the site has no index.html at its top');
    const sha256 = createHash('sha256').update(archive).digest('hex');
    const site: SiteRow = {
      sha256,
      size: archive.length,
      files: files.size,
      key: `sites/${api}/${sha256}`,
      updatedAt: new Date().toISOString(),
    };
    await this.store.uploadStream(this.store.location(site.key), archive, archive.length);
    await this.apis.setSite(api, site);
    if (detail.site && detail.site.key !== site.key) {
      await this.store.remove(this.store.location(detail.site.key)).catch(() => undefined);
    }
    return site;
  }

  async siteArchive(api: string): Promise<{ site: SiteRow; archive: Buffer }> {
    const { site } = await this.get(api);
    if (!site) throw notFound(`API ${api} has no site`);
    const archive = await readAll(await this.store.read(this.store.location(site.key)), MAX_SITE_BYTES);
    if (!archive) throw new AppError('Internal', `the site of API ${api} is larger than it was when stored`);
    return { site, archive };
  }
}
