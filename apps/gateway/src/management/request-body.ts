import { AppError, invalidRequest } from '@modelserve/common';
import type { FastifyRequest } from 'fastify';
import { durationSeconds, DURATION_RULE, MAX_VERSION, parseRequest } from '@modelserve/schemas';
import type { z } from 'zod';

/** A REST body checked against its schema in @modelserve/schemas: unknown fields are refused, defaults filled in. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  if (body === undefined || body === null) throw invalidRequest('the request needs a JSON body');
  return parseRequest(schema, body);
}

/** A version number from a path (REST and V2), or from a V2 gRPC request's `model_version` (`what` names it). */
export function parseVersion(text: string, what = 'version'): number {
  const version = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) {
    throw invalidRequest(`${what} ${JSON.stringify(text.slice(0, 32))} is not a whole number from 1 to ${MAX_VERSION}`);
  }
  return version;
}

/** A window query parameter such as `90s`, `15m`, `6h` or `1d`, in seconds; the service bounds it. */
export function parseWindow(window: unknown): number {
  const seconds = typeof window === 'string' ? durationSeconds(window) : undefined;
  if (seconds === undefined) throw invalidRequest(`window must be ${DURATION_RULE}`);
  return seconds;
}

/** Content types of an archive sent as a request's body: function code and static sites. */
export const ARCHIVE_TYPES = ['application/zip', 'application/gzip', 'application/x-gzip'];

/** The archive a request carries as its body, or a 415 naming what to send. */
export function archiveBody(req: FastifyRequest, what: string): Buffer {
  const contentType = req.headers['content-type']?.split(';')[0].trim() ?? '';
  if (!ARCHIVE_TYPES.includes(contentType) || !Buffer.isBuffer(req.body)) {
    throw new AppError('UnsupportedMediaType', `send ${what} as ${ARCHIVE_TYPES.join(' or ')}`);
  }
  return req.body;
}
