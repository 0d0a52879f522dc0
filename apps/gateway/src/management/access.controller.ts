import {
  createKeyMessage,
  quotaMessage,
  type ApiKey__Output,
  type IssuedApiKey__Output,
  type QuotaLimits__Output,
} from '@modelserve/contracts';
import { AuditQuery, CreateKeyRequest, parseRequest, QuotaLimits, RotateKeyRequest } from '@modelserve/schemas';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessConnection } from '../connections/service-connections';
import { parseBody } from './request-body';

const quotaView = (quota: QuotaLimits__Output | null | undefined) =>
  quota ? { requestsPerSecond: quota.requestsPerSecond, burst: quota.burst, requestsPerDay: Number(quota.requestsPerDay) } : null;

const keyView = (key: ApiKey__Output) => ({
  id: key.id,
  name: key.name,
  owner: key.owner,
  scopes: key.scopes,
  resources: key.resources,
  accessKeyIds: key.accessKeyIds,
  quota: quotaView(key.quota),
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt || null,
  expiresAt: key.expiresAt || null,
});

/** A key with its secrets, as answered once at creation and at rotation. */
const issuedView = (issued: IssuedApiKey__Output) => ({
  ...keyView(issued.key!),
  key: issued.secret,
  accessKeyId: issued.accessKeyId,
  secretAccessKey: issued.secretAccessKey,
  ...(issued.previousExpiresAt ? { previousSecretsExpireAt: issued.previousExpiresAt } : {}),
});

/** API keys (admin scope): the secrets are answered once, at creation and rotation, and kept nowhere readable. */
@Controller('v1/keys')
export class KeysController {
  constructor(private readonly access: AccessConnection) {}

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: FastifyRequest) {
    const request = parseBody(CreateKeyRequest, body);
    return issuedView(await this.access.call('CreateApiKey', createKeyMessage(request), req));
  }

  @Get()
  async list(@Req() req: FastifyRequest) {
    const { keys } = await this.access.call('ListApiKeys', {}, req);
    return { keys: keys.map(keyView) };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Req() req: FastifyRequest) {
    return keyView(await this.access.call('GetApiKey', { id }, req));
  }

  /** New secrets; the previous ones keep working for `graceSeconds` (a day by default), so callers switch without downtime. */
  @Post(':id/rotate')
  @HttpCode(200)
  async rotate(@Param('id') id: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const { graceSeconds } = parseRequest(RotateKeyRequest, body ?? {});
    return issuedView(await this.access.call('RotateApiKey', { id, graceSeconds }, req));
  }

  @Delete(':id')
  async revoke(@Param('id') id: string, @Req() req: FastifyRequest) {
    return keyView(await this.access.call('DeleteApiKey', { id }, req));
  }
}

/** Every change made through the API, newest first (admin scope). */
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly access: AccessConnection) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const { limit, before, resource, keyId } = parseRequest(AuditQuery, query, 'query');
    const { events } = await this.access.call(
      'ListAuditEvents',
      { limit, beforeId: before ?? 0, resource: resource ?? '', keyId: keyId ?? '' },
      req,
    );
    return {
      events: events.map((e) => ({
        id: Number(e.id),
        at: e.at,
        keyId: e.keyId,
        actor: e.actor,
        action: e.action,
        resource: e.resource,
        status: e.status,
        outcome: e.outcome,
        sourceAddress: e.sourceAddress,
        requestId: e.requestId,
        method: e.method,
        path: e.path,
      })),
    };
  }
}

/** An endpoint's request quota, shared by every gateway: a rate with a burst, and a daily count. */
@Controller('v1/endpoints')
export class EndpointQuotaController {
  constructor(private readonly access: AccessConnection) {}

  @Get(':name/quota')
  async get(@Param('name') name: string, @Req() req: FastifyRequest) {
    const answer = await this.access.call('GetEndpointQuota', { endpoint: name }, req);
    return { endpoint: name, quota: quotaView(answer.quota) };
  }

  /** Sets the quota; one with no limit in it removes it. */
  @Put(':name/quota')
  async set(@Param('name') name: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    const quota = parseBody(QuotaLimits, body);
    const answer = await this.access.call('SetEndpointQuota', { endpoint: name, quota: quotaMessage(quota) }, req);
    return { endpoint: name, quota: quotaView(answer.quota) };
  }
}
