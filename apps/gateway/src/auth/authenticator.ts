import {
  declaredPayloadHash,
  hashApiKey,
  isSigV4,
  parseSigV4Authorization,
  payloadHashOfBody,
  verifySigV4,
  type Scope,
  type SignedRequest,
} from '@modelserve/auth';
import { AppError, forbidden, unauthenticated } from '@modelserve/common';
import type { ApiKey__Output, ResolvedCredential__Output } from '@modelserve/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { AccessConnection, REQUEST_PATH_CALL } from '../connections/service-connections';
import type { Identity } from './identity';

/** The challenge sent with every 401: a bearer key, or an AWS SigV4 signature. */
export const WWW_AUTHENTICATE = 'Bearer realm="modelserve", AWS4-HMAC-SHA256 realm="modelserve"';

/** Cached credentials past this count are dropped (a flood of made-up keys cannot grow memory). */
const MAX_CACHED = 10_000;

interface Cached {
  /** undefined: no live key has this credential. */
  identity?: Identity;
  signingKeys: Buffer[];
  freshUntil: number;
  /** A key's own expiry; never served past it. */
  validUntil: number;
}

/** What the registry is asked about a credential: a bearer key's hash, or a SigV4 access key id and scope. */
type CredentialQuery = Parameters<AccessConnection['client']['ResolveCredential']>[0];

/** A request as access control sees it. `body` is the whole body, or undefined when it streams to its handler. */
export interface AuthRequest extends SignedRequest {
  body?: Buffer;
}

/**
 * Turns a request's credential into an identity: a bearer key (`Authorization: Bearer`, or `X-Api-Key`),
 * or an AWS Signature Version 4. Keys live in the registry; what it answers is cached and refreshed every
 * AUTH_CACHE_MS, so a request with a known key costs a hash and a map look-up, and a revoked key stops
 * working within about that time. While the registry cannot be reached, cached keys keep working.
 */
@Injectable()
export class Authenticator {
  private readonly cache = new Map<string, Cached>();
  private readonly inflight = new Map<string, Promise<Cached>>();

  constructor(
    private readonly access: AccessConnection,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async authenticate(request: AuthRequest, requestId: string): Promise<Identity> {
    const authorization = request.headers.authorization;
    const apiKey = request.headers['x-api-key'];
    if (typeof authorization === 'string' && isSigV4(authorization)) return this.sigV4(request, authorization, requestId);
    const bearer =
      typeof authorization === 'string' && /^Bearer\s+/i.test(authorization) ? authorization.replace(/^Bearer\s+/i, '').trim() : undefined;
    const key = bearer ?? (typeof apiKey === 'string' ? apiKey.trim() : undefined);
    if (!key) {
      throw unauthenticated(
        authorization
          ? 'the Authorization header is neither "Bearer <key>" nor an AWS SigV4 signature'
          : 'an API key is required: send "Authorization: Bearer <key>" or sign the request with AWS SigV4',
      );
    }
    const keyHash = hashApiKey(key);
    const found = await this.lookUp(`bearer/${keyHash}`, requestId, { credential: 'keyHash', keyHash });
    if (!found.identity) throw unauthenticated('the API key is not valid: unknown, revoked or expired');
    return found.identity;
  }

  private async sigV4(request: AuthRequest, authorization: string, requestId: string): Promise<Identity> {
    const auth = parseSigV4Authorization(authorization);
    const found = await this.lookUp(`sigv4/${auth.accessKeyId}/${auth.date}/${auth.region}/${auth.service}`, requestId, {
      credential: 'sigv4',
      sigv4: { accessKeyId: auth.accessKeyId, date: auth.date, region: auth.region, service: auth.service },
    });
    if (!found.identity) throw unauthenticated(`access key id ${auth.accessKeyId} is not valid: unknown, revoked or expired`);
    let payloadHash: string;
    if (request.body !== undefined) payloadHash = payloadHashOfBody(request.headers, request.body);
    else {
      const declared = declaredPayloadHash(request.headers);
      if (declared === undefined)
        throw forbidden('a streamed body must be signed with X-Amz-Content-Sha256 (its hash, or UNSIGNED-PAYLOAD)');
      payloadHash = declared;
    }
    verifySigV4(request, auth, payloadHash, found.signingKeys, { doubleEncodePath: auth.service !== 's3' });
    return found.identity;
  }

  /**
   * The cached answer for a credential, or the registry's, one look-up at a time per credential. A known
   * key whose answer has aged past AUTH_CACHE_MS is served from the cache while a fresh answer is fetched
   * behind it, so no request waits on the registry for a key it already vouched for; while the registry
   * cannot be reached, such keys keep working until their own expiry.
   */
  private async lookUp(cacheKey: string, requestId: string, credential: CredentialQuery) {
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.validUntil > now) {
      if (cached.freshUntil > now) return cached;
      if (cached.identity) {
        this.refresh(cacheKey, requestId, credential).catch(() => undefined);
        return cached;
      }
    }
    return this.refresh(cacheKey, requestId, credential);
  }

  private refresh(cacheKey: string, requestId: string, credential: CredentialQuery): Promise<Cached> {
    let pending = this.inflight.get(cacheKey);
    if (!pending) {
      pending = this.resolve(credential, requestId)
        .then((resolved) => {
          if (this.cache.size >= MAX_CACHED) this.cache.clear();
          this.cache.set(cacheKey, resolved);
          return resolved;
        })
        .finally(() => this.inflight.delete(cacheKey));
      this.inflight.set(cacheKey, pending);
    }
    return pending;
  }

  private async resolve(credential: CredentialQuery, requestId: string): Promise<Cached> {
    const freshUntil = Date.now() + this.config.AUTH_CACHE_MS;
    let resolved: ResolvedCredential__Output;
    try {
      resolved = await this.access.call('ResolveCredential', credential, { id: requestId }, REQUEST_PATH_CALL);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NotFound') return { signingKeys: [], freshUntil, validUntil: Infinity };
      throw error;
    }
    const key = resolved.key!;
    return {
      identity: identityOf(key),
      signingKeys: resolved.signingKeys,
      freshUntil,
      validUntil: key.expiresAt ? Date.parse(key.expiresAt) : Infinity,
    };
  }
}

const identityOf = (key: ApiKey__Output): Identity => ({
  keyId: key.id,
  name: key.name,
  owner: key.owner,
  scopes: key.scopes as Scope[],
  resources: key.resources,
  hasQuota: !!key.quota && (key.quota.requestsPerSecond > 0 || Number(key.quota.requestsPerDay) > 0),
  actor: `${key.name} (${key.id})`,
});
