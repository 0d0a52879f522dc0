import { AppError } from '@modelserve/common';
import type { IncomingMessage } from 'node:http';
import type { RouteMatch } from './routes';

/** Bodies of these types reach a function as text; any other as base64 (isBase64Encoded). */
const TEXT_TYPES =
  /^(text\/|application\/(json|[a-z.+-]*\+json|xml|[a-z.+-]*\+xml|x-www-form-urlencoded|javascript|csv|jsonlines|x-ndjson))/i;

export interface ProxyRequest {
  req: IncomingMessage;
  api: string;
  stage: string;
  path: string;
  query: string | undefined;
  route: RouteMatch;
  body: Buffer;
  requestId: string;
  keyId: string | undefined;
}

/** The event API Gateway's proxy integration (payload format 1.0) hands a Lambda function. */
export function proxyEvent({ req, api, stage, path, query, route, body, requestId, keyId }: ProxyRequest) {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
    (multiValueHeaders[name] ??= []).push(value);
  }
  // The caller's key is the platform's business, not the function's: it gets the key's id instead.
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'x-api-key') {
      delete headers[name];
      delete multiValueHeaders[name];
    }
  }
  const queryParameters = new URLSearchParams(query ?? '');
  const queryStringParameters: Record<string, string> = {};
  const multiValueQueryStringParameters: Record<string, string[]> = {};
  for (const [name, value] of queryParameters) {
    queryStringParameters[name] = value;
    (multiValueQueryStringParameters[name] ??= []).push(value);
  }
  const hasQuery = Object.keys(queryStringParameters).length > 0;
  const hasParams = Object.keys(route.pathParameters).length > 0;
  const isText = TEXT_TYPES.test(String(req.headers['content-type'] ?? ''));
  return {
    resource: route.route.path,
    path,
    httpMethod: req.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? queryStringParameters : null,
    multiValueQueryStringParameters: hasQuery ? multiValueQueryStringParameters : null,
    pathParameters: hasParams ? route.pathParameters : null,
    stageVariables: null,
    requestContext: {
      requestId,
      apiId: api,
      stage,
      resourcePath: route.route.path,
      httpMethod: req.method,
      path: `/apis/${api}/${stage}${path}`,
      requestTimeEpoch: Date.now(),
      identity: {
        sourceIp: req.socket.remoteAddress ?? null,
        userAgent: req.headers['user-agent'] ?? null,
        apiKeyId: keyId ?? null,
      },
    },
    body: body.length === 0 ? null : isText ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

/** Headers a function may not set: they belong to the connection, which the gateway manages. */
const HOP_BY_HOP = new Set(['connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade', 'te', 'trailer']);

/**
 * A function's answer as an HTTP response: `{statusCode, headers, multiValueHeaders, body,
 * isBase64Encoded}`, as API Gateway reads it. Anything else is a 502 that says what was wrong (API
 * Gateway says only "Malformed Lambda proxy response").
 */
export function proxyResponse(
  payload: string,
  functionName: string,
): { statusCode: number; headers: Record<string, string | string[]>; body: Buffer } {
  const malformed = (why: string) =>
    new AppError(
      'FunctionError',
      `function ${functionName} answered a malformed response: ${why}; a response is {statusCode, headers, body}`,
    );
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    throw malformed('not JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw malformed('not an object');
  const response = value as Record<string, unknown>;
  const statusCode = response.statusCode;
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
    throw malformed('statusCode is not an HTTP status');
  }
  const headers: Record<string, string | string[]> = {};
  const addHeaders = (source: unknown, multi: boolean) => {
    if (source === undefined || source === null) return;
    if (typeof source !== 'object' || Array.isArray(source)) throw malformed(`${multi ? 'multiValueHeaders' : 'headers'} is not an object`);
    for (const [name, raw] of Object.entries(source as Record<string, unknown>)) {
      if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || HOP_BY_HOP.has(name.toLowerCase())) continue;
      const values = (multi && Array.isArray(raw) ? raw : [raw]).map(String);
      if (values.some((v) => /[\r\n\0]/.test(v))) throw malformed(`header ${name} holds a line break`);
      headers[name.toLowerCase()] = values.length === 1 ? values[0] : values;
    }
  };
  addHeaders(response.headers, false);
  addHeaders(response.multiValueHeaders, true);
  const body = response.body;
  if (body !== undefined && body !== null && typeof body !== 'string') throw malformed('body is not a string');
  const text = (body as string | undefined | null) ?? '';
  return { statusCode, headers, body: response.isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8') };
}
