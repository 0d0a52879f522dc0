import type { ApiSettingsShape } from '@modelserve/contracts';
import type { IncomingHttpHeaders } from 'node:http';

type Cors = ApiSettingsShape['cors'];

/** The origin to allow in an answer to `origin`, or undefined when the API does not allow it. */
function allowedOrigin(cors: NonNullable<Cors>, origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  if (cors.allowOrigins.includes(origin)) return origin;
  // With credentials a browser needs the origin itself, never *.
  if (cors.allowOrigins.includes('*')) return cors.allowCredentials ? origin : '*';
  return undefined;
}

/** The CORS headers of an actual (not preflight) answer to a request from `origin`. */
export function corsHeaders(cors: Cors, origin: string | undefined): Record<string, string> {
  if (!cors) return {};
  const allowed = allowedOrigin(cors, origin);
  const headers: Record<string, string> = { vary: 'Origin' };
  if (!allowed) return headers;
  headers['access-control-allow-origin'] = allowed;
  if (cors.allowCredentials) headers['access-control-allow-credentials'] = 'true';
  if (cors.exposeHeaders.length) headers['access-control-expose-headers'] = cors.exposeHeaders.join(', ');
  return headers;
}

/**
 * The answer to a preflight (OPTIONS with Access-Control-Request-Method), as the Fetch standard's CORS
 * check reads it: 204 with the allowed origin, methods, headers and how long to cache that, when the
 * origin, the method and every requested header are allowed; otherwise 403 without them (the browser
 * then refuses the request, and the body says why for whoever debugs it).
 */
export function preflight(
  cors: Cors,
  origin: string | undefined,
  headers: IncomingHttpHeaders,
): { status: number; headers: Record<string, string> } {
  const refused = { status: 403, headers: { vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers' } };
  if (!cors) return refused;
  const allowed = allowedOrigin(cors, origin);
  const method = String(headers['access-control-request-method']).toUpperCase();
  const requested = String(headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const allowHeaders = cors.allowHeaders.map((h) => h.toLowerCase());
  const methodAllowed =
    cors.allowMethods.includes('*') || cors.allowMethods.includes(method) || method === 'GET' || method === 'HEAD' || method === 'POST';
  // A wildcard covers every header but Authorization, and nothing at all for credentialed requests.
  const headersAllowed = requested.every(
    (h) => allowHeaders.includes(h) || (allowHeaders.includes('*') && !cors.allowCredentials && h !== 'authorization'),
  );
  if (!allowed || !methodAllowed || !headersAllowed) return refused;
  return {
    status: 204,
    headers: {
      ...refused.headers,
      'access-control-allow-origin': allowed,
      'access-control-allow-methods': cors.allowMethods.join(', '),
      ...(requested.length ? { 'access-control-allow-headers': requested.join(', ') } : {}),
      'access-control-max-age': String(cors.maxAgeSeconds),
      ...(cors.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    },
  };
}
