import { isSigV4 } from '@modelserve/auth';
import { forbidden } from '@modelserve/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AccessControl, type GuardedRequest } from './access-control';
import { policyKey, policyOfRequest, ROUTE_POLICIES, type RoutePolicy } from './policies';

const EMPTY = Buffer.alloc(0);
/** Model uploads stream to the registry: their SigV4 payload hash is checked as they stream. */
const STREAMED_TYPE = 'application/octet-stream';

const authorized = new WeakSet<FastifyRequest>();

function guarded(req: FastifyRequest, body?: Buffer): GuardedRequest {
  return {
    id: req.id,
    method: req.method,
    url: req.url,
    headers: req.headers,
    params: (req.params ?? {}) as Record<string, string>,
    parsedBody: req.body,
    body,
  };
}

function policyFor(req: FastifyRequest): RoutePolicy | undefined {
  const routePath = req.routeOptions.url;
  if (!routePath) return undefined; // no such route: the router answers 404
  const policy = policyOfRequest(req.method, routePath, req.headers);
  // Fail closed: the start-up check keeps this from happening, but a route without a policy is never open.
  if (!policy) throw forbidden(`${req.method} ${routePath} has no access policy`);
  return policy;
}

const isStreamed = (req: FastifyRequest) => req.headers['content-type']?.split(';')[0].trim() === STREAMED_TYPE;

/**
 * Access control on the Fastify routes. Bearer keys are checked as soon as the request is routed, before
 * its body is read; SigV4 signatures once the body is in (their payload hash covers it). Policies that
 * name their resource by a body field are checked once the body is parsed. Changes by authenticated
 * callers are recorded in the audit trail before their answer is sent.
 */
export function installAccessControl(fastify: FastifyInstance, access: AccessControl): { routesWithoutPolicy(): string[] } {
  const routes = new Set<string>();
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD' && method !== 'OPTIONS') routes.add(policyKey(method, route.url));
  });

  fastify.addHook('onRequest', async (req) => {
    const policy = policyFor(req);
    if (!policy || policy.action === 'public') return;
    if (isSigV4(req.headers.authorization)) return;
    req.identity = await access.authenticate(guarded(req), req.id);
    if (policy.resource?.bodyField) return;
    await access.authorize(req.identity, policy, guarded(req));
    authorized.add(req);
  });

  fastify.addHook('preHandler', async (req) => {
    const policy = policyFor(req);
    if (!policy || policy.action === 'public' || authorized.has(req)) return;
    req.identity ??= await access.authenticate(guarded(req, req.rawBody ?? (isStreamed(req) ? undefined : EMPTY)), req.id);
    await access.authorize(req.identity, policy, guarded(req));
  });

  fastify.addHook('onSend', async (req, reply, payload) => {
    const routePath = req.routeOptions.url;
    const policy = routePath ? policyOfRequest(req.method, routePath, req.headers) : undefined;
    // Refused callers are counted in metrics, not written to the trail: a flood of them costs no writes.
    if (!policy?.audit || !req.identity) return payload;
    await access.audit({
      identity: req.identity,
      action: policy.audit,
      resource: auditResource(routePath!, req.params as Record<string, string>, req.body, policy),
      status: reply.statusCode,
      sourceAddress: req.ip,
      requestId: req.id,
      method: req.method,
      path: req.url.split('?')[0],
    });
    return payload;
  });

  return { routesWithoutPolicy: () => [...routes].filter((route) => !(route in ROUTE_POLICIES)) };
}

const KINDS: Record<string, string> = {
  models: 'model',
  endpoints: 'endpoint',
  'endpoint-configs': 'endpoint-config',
  'transform-jobs': 'transform-job',
  'stream-jobs': 'stream-job',
  'training-jobs': 'training-job',
  'tuning-jobs': 'tuning-job',
  functions: 'function',
  apis: 'api',
  'notebook-instances': 'notebook-instance',
  'notebook-instance-lifecycle-configs': 'notebook-lifecycle-config',
  keys: 'key',
};

/** `kind:name` of what a change acts on: `model:wine`, `endpoint:fraud`, `key:key-1a2b`. */
export function auditResource(routePath: string, params: Record<string, string>, body: unknown, policy?: RoutePolicy): string {
  if (policy?.auditSubject) {
    const named = (body as Record<string, unknown> | null | undefined)?.[policy.auditSubject.bodyField];
    return `${policy.auditSubject.kind}:${typeof named === 'string' ? named : ''}`;
  }
  const collection = routePath.split('/')[2] ?? '';
  const bodyName = (body as Record<string, unknown> | null | undefined)?.name;
  const name = params.name ?? params.id ?? (typeof bodyName === 'string' ? bodyName : '');
  return `${KINDS[collection] ?? collection}:${name}`;
}
