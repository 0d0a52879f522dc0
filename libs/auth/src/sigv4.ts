import { forbidden, unauthenticated } from '@modelserve/common';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * AWS Signature Version 4, verified as AWS verifies it, so that the AWS SDKs and CLI sign requests to
 * the platform with keys it issued. Header-based signing only (`Authorization: AWS4-HMAC-SHA256 ...`);
 * the steps are those of the specification: canonical request, string to sign, derived signing key.
 */
export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** AWS refuses requests whose time is further than this from its own clock. */
export const SIGV4_MAX_SKEW_MS = 15 * 60_000;

export interface SigV4Authorization {
  accessKeyId: string;
  /** The credential scope's parts: YYYYMMDD, region, service. */
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

export interface SignedRequest {
  method: string;
  /** The request target as received: the path, URI-encoded by the client, and the query. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface CanonicalOptions {
  /**
   * Every service but S3 signs the path URI-encoded a second time and normalized; S3 signs it as sent
   * (the SDKs' `uriEscapePath`).
   */
  doubleEncodePath: boolean;
}

export const isSigV4 = (authorization: string | undefined) => !!authorization?.startsWith(`${SIGV4_ALGORITHM} `);

const CREDENTIAL = /^([A-Za-z0-9]{1,128})\/(\d{8})\/([a-z0-9-]{1,32})\/([a-z0-9-]{1,32})\/aws4_request$/;

/** The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header. */
export function parseSigV4Authorization(header: string): SigV4Authorization {
  const fields = new Map<string, string>();
  for (const part of header.slice(SIGV4_ALGORITHM.length).split(',')) {
    const separator = part.indexOf('=');
    if (separator > 0) fields.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  const credential = CREDENTIAL.exec(fields.get('Credential') ?? '');
  if (!credential)
    throw unauthenticated('the SigV4 Authorization header has no valid Credential=<access key id>/<date>/<region>/<service>/aws4_request');
  const signedHeaders = (fields.get('SignedHeaders') ?? '').split(';').filter(Boolean);
  if (!signedHeaders.length || signedHeaders.some((h) => h !== h.toLowerCase())) {
    throw forbidden('the SigV4 Authorization header has no valid SignedHeaders');
  }
  const signature = fields.get('Signature') ?? '';
  if (!/^[0-9a-f]{64}$/.test(signature)) throw forbidden('the SigV4 Authorization header has no valid Signature');
  const [, accessKeyId, date, region, service] = credential;
  return { accessKeyId, date, region, service, signedHeaders, signature };
}

/** The signing key of a secret for one day, region and service (cacheable for that scope). */
export function sigV4SigningKey(secret: string, date: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secret}`, date);
  return hmac(hmac(hmac(kDate, region), service), 'aws4_request');
}

/**
 * The payload hash a request is signed with: the declared `x-amz-content-sha256` (S3 always sends it,
 * `UNSIGNED-PAYLOAD` included), or else the hash of the body, which the caller must then have whole.
 */
export function declaredPayloadHash(headers: SignedRequest['headers']): string | undefined {
  const declared = headers['x-amz-content-sha256'];
  return typeof declared === 'string' ? declared : undefined;
}

export const sha256Hex = (body: Buffer | string) => createHash('sha256').update(body).digest('hex');

/**
 * The payload hash to verify a request with, given its whole body: the declared hash, which must then
 * be the body's (unless it is UNSIGNED-PAYLOAD), or the body's own when none is declared.
 */
export function payloadHashOfBody(headers: SignedRequest['headers'], body: Buffer | string): string {
  const declared = declaredPayloadHash(headers);
  const actual = sha256Hex(body);
  if (declared === undefined || declared === UNSIGNED_PAYLOAD) return declared ?? actual;
  if (declared !== actual) throw forbidden('X-Amz-Content-Sha256 does not match the body: the body was changed after signing');
  return declared;
}

/**
 * Checks the request's time against `now` (the 15-minute window) and its date against the credential
 * scope, then the signature against each candidate signing key (a key being rotated has two). Throws a
 * 403 naming what is wrong; returns normally when one key signed it.
 */
export function verifySigV4(
  request: SignedRequest,
  auth: SigV4Authorization,
  payloadHash: string,
  signingKeys: readonly Buffer[],
  options: CanonicalOptions,
  now = Date.now(),
): void {
  const amzDate = single(request.headers['x-amz-date']);
  if (!amzDate) throw forbidden('a SigV4 request needs an X-Amz-Date header');
  const time = parseAmzDate(amzDate);
  if (time === undefined) throw forbidden(`X-Amz-Date ${JSON.stringify(amzDate)} is not of the form YYYYMMDDTHHMMSSZ`);
  if (Math.abs(now - time) > SIGV4_MAX_SKEW_MS) {
    throw forbidden(
      `the request time ${amzDate} is more than 15 minutes away from the server's time; the signature has expired or is not yet valid`,
    );
  }
  if (amzDate.slice(0, 8) !== auth.date)
    throw forbidden(`the credential scope's date ${auth.date} is not the request's date ${amzDate.slice(0, 8)}`);
  if (!auth.signedHeaders.includes('host')) throw forbidden('a SigV4 signature must cover the Host header');
  for (const name of auth.signedHeaders) {
    if (request.headers[name] === undefined) throw forbidden(`signed header ${name} is not in the request`);
  }
  const declared = declaredPayloadHash(request.headers);
  if (declared !== undefined && !auth.signedHeaders.includes('x-amz-content-sha256')) {
    throw forbidden('X-Amz-Content-Sha256 is sent but not signed');
  }
  const stringToSign = sigV4StringToSign(request, auth, amzDate, payloadHash, options);
  const expected = Buffer.from(auth.signature, 'hex');
  if (!signingKeys.some((key) => timingSafeEqual(hmac(key, stringToSign), expected))) {
    throw forbidden('the request signature does not match the signature computed with the secret of access key ' + auth.accessKeyId);
  }
}

export function sigV4StringToSign(
  request: SignedRequest,
  auth: SigV4Authorization,
  amzDate: string,
  payloadHash: string,
  options: CanonicalOptions,
): string {
  const queryStart = request.url.indexOf('?');
  const path = queryStart < 0 ? request.url : request.url.slice(0, queryStart);
  const query = queryStart < 0 ? '' : request.url.slice(queryStart + 1);
  const canonicalRequest = [
    request.method.toUpperCase(),
    options.doubleEncodePath ? doubleEncodedPath(path) : path || '/',
    canonicalQuery(query),
    ...auth.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(request.headers[name])}`),
    '',
    auth.signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  return [SIGV4_ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
}

/** The path as every service but S3 signs it: dot segments and empty segments removed, each segment encoded again. */
function doubleEncodedPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return '/' + segments.map(uriEncode).join('/') + trailing;
}

/** Query parameters decoded, then each name and value encoded as RFC 3986 says, sorted by name and value. */
function canonicalQuery(query: string): string {
  if (!query) return '';
  const pairs = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const separator = pair.indexOf('=');
      const name = separator < 0 ? pair : pair.slice(0, separator);
      const value = separator < 0 ? '' : pair.slice(separator + 1);
      return [uriEncode(decodeQueryPart(name)), uriEncode(decodeQueryPart(value))] as const;
    });
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** RFC 3986 encoding: everything but unreserved characters, as %XX. */
const uriEncode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalHeaderValue(value: string | string[] | undefined): string {
  const values = Array.isArray(value) ? value : [value ?? ''];
  return values.map((v) => v.trim().replace(/\s+/g, ' ')).join(',');
}

function parseAmzDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const time = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isNaN(time) ? undefined : time;
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
