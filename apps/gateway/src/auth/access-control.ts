import { resourceAllowed, scopesCover, type Resource } from '@modelserve/auth';
import { AppError, forbidden, type Logger } from '@modelserve/common';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from '../config';
import { AccessConnection } from '../connections/service-connections';
import { GatewayMetrics } from '../observability/metrics';
import { Authenticator, type AuthRequest } from './authenticator';
import { ANONYMOUS, type Identity } from './identity';
import type { RoutePolicy } from './policies';
import { QuotaGate } from './quota-gate';

/** One request as access control needs it, from either HTTP path (Fastify's routes, or the invocation path). */
export interface GuardedRequest extends AuthRequest {
  id: string;
  params: Record<string, string>;
  /** The parsed body, for policies that name their resource by a body field. */
  parsedBody?: unknown;
}

/** A change as the audit trail records it. */
export interface AuditedChange {
  identity?: Identity;
  action: string;
  resource: string;
  status: number;
  sourceAddress: string;
  requestId: string;
  method: string;
  path: string;
}

/**
 * Access control for every route: who the caller is (Authenticator), whether its key covers the route's
 * action and resource (the policy table), and whether its quotas and the endpoint's admit one more
 * request (QuotaGate). Also records changes in the audit trail.
 */
@Injectable()
export class AccessControl {
  readonly enabled: boolean;

  constructor(
    private readonly authenticator: Authenticator,
    private readonly quotas: QuotaGate,
    private readonly access: AccessConnection,
    private readonly metrics: GatewayMetrics,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    this.enabled = config.AUTH === 'enabled';
  }

  /** Who the caller is; with AUTH=disabled, anyone. Counts refusals. */
  async authenticate(request: AuthRequest, requestId: string): Promise<Identity> {
    if (!this.enabled) return ANONYMOUS;
    try {
      return await this.authenticator.authenticate(request, requestId);
    } catch (error) {
      this.countRefusal(error);
      throw error;
    }
  }

  /** Refuses (403) a caller whose key does not cover the route; then takes the request from its quotas. */
  async authorize(identity: Identity, policy: RoutePolicy, request: GuardedRequest): Promise<void> {
    if (policy.action === 'public' || !this.enabled) return;
    try {
      if (!scopesCover(identity.scopes, policy.action)) {
        throw forbidden(`key ${identity.keyId} has scopes [${identity.scopes.join(', ')}]; this request needs ${policy.action}`);
      }
      const resource = resourceOf(policy, request);
      if (!resourceAllowed(identity.resources, resource)) {
        throw forbidden(
          resource
            ? `key ${identity.keyId} is limited to [${identity.resources.join(', ')}], which does not cover ${resource.kind} ${resource.name}`
            : `key ${identity.keyId} is limited to [${identity.resources.join(', ')}]; this request does not name one of them`,
        );
      }
    } catch (error) {
      this.countRefusal(error);
      throw error;
    }
    const subjects: string[] = [];
    if (identity.hasQuota) subjects.push(`key:${identity.keyId}`);
    if (policy.action === 'invoke' && request.params.name) subjects.push(`endpoint:${request.params.name}`);
    if (subjects.length) await this.quotas.admit(subjects, request.id);
  }

  /** Records a change; a failure to record is logged, never turned into a failure of the change. */
  async audit(change: AuditedChange): Promise<void> {
    const identity = change.identity ?? ANONYMOUS;
    try {
      await this.access.call(
        'RecordAudit',
        {
          at: new Date().toISOString(),
          keyId: identity.keyId,
          actor: identity.actor,
          action: change.action,
          resource: change.resource,
          status: change.status,
          outcome: change.status < 400 ? 'Succeeded' : 'Failed',
          sourceAddress: change.sourceAddress,
          requestId: change.requestId,
          method: change.method,
          path: change.path,
        },
        { id: change.requestId },
      );
    } catch (error) {
      this.logger.error(
        { err: error, requestId: change.requestId, action: change.action },
        'a change could not be recorded in the audit trail',
      );
    }
  }

  private countRefusal(error: unknown) {
    if (error instanceof AppError && (error.httpStatus === 401 || error.httpStatus === 403)) {
      this.metrics.authFailures.inc({ status: String(error.httpStatus) });
    }
  }
}

function resourceOf(policy: RoutePolicy, request: GuardedRequest): Resource | undefined {
  const spec = policy.resource;
  if (!spec) return undefined;
  const value = spec.param
    ? request.params[spec.param]
    : spec.bodyField
      ? (request.parsedBody as Record<string, unknown> | undefined)?.[spec.bodyField]
      : undefined;
  return typeof value === 'string' && value ? { kind: spec.kind, name: value } : undefined;
}
