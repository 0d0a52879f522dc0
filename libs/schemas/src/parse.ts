import { invalidRequest } from '@modelserve/common';
import type { z } from 'zod';

/**
 * Checks a request against its schema: the value with its defaults filled in, or a 400 that names
 * every problem by its path in the request (`variants.0.weight: ...`).
 */
export function parseRequest<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : what}: ${issue.message}`);
  throw invalidRequest(problems.join('; '));
}
