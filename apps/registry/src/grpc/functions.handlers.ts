import { invalidRequest, type Logger } from '@modelserve/common';
import {
  apiMessageOf,
  apiSettingsOf,
  functionSettingsOf,
  type Api,
  type FunctionConfig,
  type FunctionsHandlers,
  type PublicKey,
  type Site,
  type UsagePlan,
} from '@modelserve/contracts';
import {
  AliasRequest,
  functionAliasName,
  ApiSettings,
  FunctionSettings,
  FunctionUpdateRequest,
  parseRequest,
  resourceName,
  UsagePlanRequest,
  PublicKeyRequest,
} from '@modelserve/schemas';
import { unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import type { SiteRow } from '../database/schema';
import { ApisService, type ApiDetail } from '../functions/apis.service';
import type { PublicKeyRow, UsagePlanRow } from '../functions/apis.repository';
import type { FunctionVersionRow } from '../functions/functions.repository';
import { FunctionsService, versionLabel, type CodeSource } from '../functions/functions.service';

const functionMessage = (row: FunctionVersionRow): FunctionConfig => ({
  name: row.function,
  version: versionLabel(row.version),
  runtime: row.runtime,
  handler: row.handler,
  timeoutSeconds: row.timeout_seconds,
  memoryMb: row.memory_mb,
  environment: row.environment,
  allowedEndpoints: row.allowed_endpoints,
  codeSha256: row.code_sha256,
  codeSize: Number(row.code_size),
  description: row.description,
  lastModified: row.last_modified.toISOString(),
  maxConcurrency: row.max_concurrency ?? 0,
});

const planMessage = (plan: UsagePlanRow): UsagePlan => ({
  api: plan.api,
  name: plan.name,
  rateLimit: plan.rate_limit,
  burst: plan.burst,
  quotaPerDay: plan.quota_per_day,
});

const siteMessage = (site: SiteRow): Site => ({ sha256: site.sha256, size: site.size, files: site.files, updatedAt: site.updatedAt });

const keyMessage = (key: PublicKeyRow, plan: UsagePlanRow): PublicKey => ({
  id: key.id,
  api: key.api,
  name: key.name,
  usagePlan: key.usage_plan,
  createdAt: key.created_at.toISOString(),
  plan: planMessage(plan),
});

const apiMessage = (api: ApiDetail): Api => ({
  ...apiMessageOf(api.name, api.settings),
  usagePlans: api.plans.map(planMessage),
  site: api.site ? siteMessage(api.site) : null,
  createdAt: api.created_at.toISOString(),
  updatedAt: api.updated_at.toISOString(),
});

const name = (value: string, what: string) => parseRequest(resourceName, value, what);

/** Functions and public APIs over gRPC (the Functions service); requests are checked against their schemas first. */
@Injectable()
export class FunctionsGrpc {
  constructor(
    private readonly functions: FunctionsService,
    private readonly apis: ApisService,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): FunctionsHandlers {
    const { functions, apis, logger } = this;
    const codeOf = (r: { code?: string; archive?: Buffer; s3Uri?: string }): CodeSource | undefined =>
      r.code === 'archive' && r.archive?.length ? { archive: r.archive } : r.code === 's3Uri' && r.s3Uri ? { s3Uri: r.s3Uri } : undefined;
    return {
      CreateFunction: unaryHandler(logger, 'CreateFunction', async (r) => {
        const settings = parseRequest(FunctionSettings, functionSettingsOf(r.config));
        const code = codeOf(r);
        if (!code) throw invalidRequest('code: a function needs code, an archive or an s3Uri');
        return functionMessage(await functions.create(name(r.config?.name ?? '', 'name'), settings, code));
      }),
      UpdateFunction: unaryHandler(logger, 'UpdateFunction', async (r) => {
        const settings = parseRequest(FunctionUpdateRequest, functionSettingsOf(r.config, r.updateMask));
        return functionMessage(await functions.update(name(r.config?.name ?? '', 'name'), settings, codeOf(r)));
      }),
      GetFunction: unaryHandler(logger, 'GetFunction', async (r) => {
        const detail = await functions.get(r.name, r.qualifier);
        return {
          config: functionMessage(detail.config),
          versions: detail.versions.map(functionMessage),
          aliases: detail.aliases.map((a) => ({
            function: a.function,
            name: a.name,
            version: String(a.version),
            description: a.description,
          })),
        };
      }),
      ListFunctions: unaryHandler(logger, 'ListFunctions', async () => ({ functions: (await functions.list()).map(functionMessage) })),
      DeleteFunction: unaryHandler(logger, 'DeleteFunction', async (r) => functionMessage(await functions.delete(r.name))),
      PublishFunctionVersion: unaryHandler(logger, 'PublishFunctionVersion', async (r) =>
        functionMessage(await functions.publish(r.name, r.description)),
      ),
      PutFunctionAlias: unaryHandler(logger, 'PutFunctionAlias', async (r) => {
        const alias = parseRequest(functionAliasName, r.name, 'alias');
        const { version, description } = parseRequest(AliasRequest, { version: r.version, description: r.description });
        const saved = await functions.putAlias({ function: r.function, name: alias, version: Number(version), description });
        return { ...saved, version: String(saved.version) };
      }),
      DeleteFunctionAlias: unaryHandler(logger, 'DeleteFunctionAlias', async (r) => {
        const removed = await functions.deleteAlias(r.function, r.name);
        return { ...removed, version: String(removed.version) };
      }),
      GetFunctionCode: unaryHandler(logger, 'GetFunctionCode', async (r) => ({ archive: await functions.code(r.name, r.codeSha256) })),
      AppendFunctionLogs: unaryHandler(logger, 'AppendFunctionLogs', async (r) => {
        await functions.appendLogs(
          r.entries.map((e) => ({
            function: e.function,
            version: e.version,
            request_id: e.requestId,
            at: new Date(e.at || Date.now()),
            stream: e.stream,
            message: e.message.slice(0, 16_384),
          })),
        );
        return {};
      }),
      ListFunctionLogs: unaryHandler(logger, 'ListFunctionLogs', async (r) => ({
        entries: (
          await functions.logs(r.function, {
            limit: Math.min(Math.max(r.limit || 1000, 1), 10_000),
            afterId: r.afterId || undefined,
            requestId: r.requestId || undefined,
          })
        ).map((e) => ({
          id: Number(e.id),
          function: e.function,
          version: e.version,
          requestId: e.request_id,
          at: e.at.toISOString(),
          stream: e.stream,
          message: e.message,
        })),
      })),

      CreateApi: unaryHandler(logger, 'CreateApi', async (r) => {
        const settings = parseRequest(ApiSettings, r.api ? apiSettingsOf(r.api) : {});
        return apiMessage(await apis.create(name(r.api?.name ?? '', 'name'), settings));
      }),
      UpdateApi: unaryHandler(logger, 'UpdateApi', async (r) => {
        const settings = parseRequest(ApiSettings, r.api ? apiSettingsOf(r.api) : {});
        return apiMessage(await apis.update(name(r.api?.name ?? '', 'name'), settings));
      }),
      GetApi: unaryHandler(logger, 'GetApi', async (r) => apiMessage(await apis.get(r.name))),
      ListApis: unaryHandler(logger, 'ListApis', async () => ({ apis: (await apis.list()).map(apiMessage) })),
      DeleteApi: unaryHandler(logger, 'DeleteApi', async (r) => apiMessage(await apis.delete(r.name))),
      PutUsagePlan: unaryHandler(logger, 'PutUsagePlan', async (r) => {
        const plan = parseRequest(UsagePlanRequest, {
          name: r.name,
          rateLimit: r.rateLimit,
          burst: r.burst || undefined,
          quotaPerDay: r.quotaPerDay,
        });
        return planMessage(
          await apis.putPlan({
            api: r.api,
            name: plan.name,
            rate_limit: plan.rateLimit,
            burst: plan.burst ?? Math.max(1, Math.ceil(plan.rateLimit)),
            quota_per_day: plan.quotaPerDay,
          }),
        );
      }),
      CreatePublicKey: unaryHandler(logger, 'CreatePublicKey', async (r) => {
        const request = parseRequest(PublicKeyRequest, { name: r.name, usagePlan: r.usagePlan });
        const issued = await apis.createKey(r.api, request.name, request.usagePlan);
        return { key: keyMessage(issued.key, issued.plan), secret: issued.secret };
      }),
      DeletePublicKey: unaryHandler(logger, 'DeletePublicKey', async (r) => {
        const removed = await apis.deleteKey(r.api, r.id);
        return {
          id: removed.id,
          api: removed.api,
          name: removed.name,
          usagePlan: removed.usage_plan,
          createdAt: removed.created_at.toISOString(),
        };
      }),
      ResolvePublicKey: unaryHandler(logger, 'ResolvePublicKey', async (r) => {
        const found = await apis.resolveKey(r.api, r.keyHash);
        return keyMessage(found.key, found.plan);
      }),
      PutSite: unaryHandler(logger, 'PutSite', async (r) => siteMessage(await apis.putSite(r.api, r.archive))),
      GetSiteArchive: unaryHandler(logger, 'GetSiteArchive', async (r) => {
        const { site, archive } = await apis.siteArchive(r.name);
        return { site: siteMessage(site), archive };
      }),
    };
  }
}
