import { invalidRequest } from '@modelserve/common';
import { parseRequest } from '@modelserve/schemas';
import type { z } from 'zod';

/** A REST body checked against its schema in @modelserve/schemas: unknown fields are refused, defaults filled in. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  if (body === undefined || body === null) throw invalidRequest('the request needs a JSON body');
  return parseRequest(schema, body);
}

/** A version number from a path. */
export function parseVersion(text: string): number {
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) throw invalidRequest(`version ${JSON.stringify(text)} is not a positive integer`);
  return version;
}
