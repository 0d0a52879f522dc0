import { invalidRequest, type Logger } from '@modelserve/common';
import { createKeyRequestOf, quotaRequestOf, type AccessHandlers, type ApiKey, type IssuedApiKey } from '@modelserve/contracts';
import { CreateKeyRequest, parseRequest, QuotaLimits, resourceName, RotateKeyRequest } from '@modelserve/schemas';
import { actorOf, unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { AuditRepository } from '../access/audit.repository';
import type { ApiKeyRecord } from '../access/keys.repository';
import { KeysService, type IssuedKey } from '../access/keys.service';
import { QuotasService } from '../access/quotas.service';
import { REGISTRY_LOGGER } from '../config';
import type { QuotaRow } from '../database/schema';

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : '');
const quotaMessage = (quota: QuotaRow | null) => quota ?? undefined;

const keyMessage = (key: ApiKeyRecord): ApiKey => ({
  id: key.id,
  name: key.name,
  owner: key.owner,
  scopes: key.scopes,
  resources: key.resources,
  createdAt: iso(key.createdAt),
  lastUsedAt: iso(key.lastUsedAt),
  expiresAt: iso(key.expiresAt),
  accessKeyIds: key.accessKeyIds,
  quota: quotaMessage(key.quota),
});

const issuedMessage = (issued: IssuedKey): IssuedApiKey => ({
  key: keyMessage(issued.key),
  secret: issued.secret,
  accessKeyId: issued.accessKeyId,
  secretAccessKey: issued.secretAccessKey,
  previousExpiresAt: iso(issued.previousExpiresAt),
});

const endpointName = (name: string) => parseRequest(resourceName, name, 'endpoint');

/** Keys, quotas and the audit trail over gRPC (the Access service); requests are checked against their schemas first. */
@Injectable()
export class AccessGrpc {
  constructor(
    private readonly keys: KeysService,
    private readonly quotas: QuotasService,
    private readonly audit: AuditRepository,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): AccessHandlers {
    const { keys, quotas, audit, logger } = this;
    return {
      CreateApiKey: unaryHandler(logger, 'CreateApiKey', async (r, call) =>
        issuedMessage(await keys.create(parseRequest(CreateKeyRequest, createKeyRequestOf(r)), actorOf(call.metadata))),
      ),
      GetApiKey: unaryHandler(logger, 'GetApiKey', async (r) => keyMessage(await keys.get(r.id))),
      ListApiKeys: unaryHandler(logger, 'ListApiKeys', async () => ({ keys: (await keys.list()).map(keyMessage) })),
      RotateApiKey: unaryHandler(logger, 'RotateApiKey', async (r) => {
        const { graceSeconds } = parseRequest(RotateKeyRequest, { graceSeconds: r.graceSeconds || undefined });
        return issuedMessage(await keys.rotate(r.id, graceSeconds));
      }),
      DeleteApiKey: unaryHandler(logger, 'DeleteApiKey', async (r) => keyMessage(await keys.revoke(r.id))),

      ResolveCredential: unaryHandler(logger, 'ResolveCredential', async (r) => {
        const resolved =
          r.credential === 'keyHash' && r.keyHash
            ? await keys.resolveBearer(r.keyHash)
            : r.credential === 'sigv4' && r.sigv4
              ? await keys.resolveSigV4(r.sigv4)
              : undefined;
        if (!resolved) throw invalidRequest('a credential is a key hash or a SigV4 scope');
        return { key: keyMessage(resolved.key), signingKeys: resolved.signingKeys };
      }),

      TakeQuota: unaryHandler(logger, 'TakeQuota', async (r) => {
        const result = await quotas.take(r.subject, r.want);
        return {
          unlimited: result.unlimited,
          granted: result.granted ?? 0,
          retryAfterMs: result.retryAfterMs ?? 0,
          limitedBy: result.limitedBy ?? '',
        };
      }),
      SetEndpointQuota: unaryHandler(logger, 'SetEndpointQuota', async (r) => {
        const endpoint = endpointName(r.endpoint);
        const quota = parseRequest(QuotaLimits, quotaRequestOf(r.quota) ?? {});
        return { endpoint, quota: quotaMessage(await quotas.setEndpointQuota(endpoint, quota)) };
      }),
      GetEndpointQuota: unaryHandler(logger, 'GetEndpointQuota', async (r) => ({
        endpoint: r.endpoint,
        quota: quotaMessage(await quotas.endpointQuota(endpointName(r.endpoint))),
      })),

      RecordAudit: unaryHandler(logger, 'RecordAudit', async (r) => {
        await audit.record(r);
        return {};
      }),
      ListAuditEvents: unaryHandler(logger, 'ListAuditEvents', async (r) => ({
        events: (
          await audit.list({
            limit: Math.min(Math.max(r.limit || 100, 1), 1000),
            beforeId: r.beforeId || undefined,
            resource: r.resource || undefined,
            keyId: r.keyId || undefined,
          })
        ).map((e) => ({ ...e, at: e.at.toISOString() })),
      })),
    };
  }
}
