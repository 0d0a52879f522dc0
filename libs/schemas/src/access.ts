import { RESOURCE_PATTERN, SCOPES } from '@modelserve/auth';
import { z } from 'zod';

/** Requests per second with a burst, and per UTC day; an unset or 0 field is no limit. */
export const QuotaLimits = z
  .strictObject({
    requestsPerSecond: z.number().min(0).max(1_000_000).default(0),
    burst: z.number().int().min(0).max(1_000_000).optional(),
    requestsPerDay: z.number().int().min(0).max(1e12).default(0),
  })
  .transform((q) => ({ ...q, burst: q.burst ?? Math.max(1, Math.ceil(q.requestsPerSecond)) }));
export type QuotaLimits = z.output<typeof QuotaLimits>;

const keyName = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.@:+/ -]+$/, 'a key name is 1-128 letters, digits, spaces or _.@:+/-');

export const CreateKeyRequest = z.strictObject({
  name: keyName,
  /** Who the key is for; the creating key's name when unset. */
  owner: keyName.optional(),
  scopes: z
    .array(z.enum(SCOPES))
    .min(1, 'a key needs at least one scope')
    .max(SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  /** `endpoint:<pattern>` or `model:<pattern>`, `*` matching any characters; none for every resource. */
  resources: z
    .array(z.string().regex(RESOURCE_PATTERN, 'a resource is endpoint:<name> or model:<name>, with * as a wildcard'))
    .max(100)
    .default([]),
  expiresAt: z.iso
    .datetime({ offset: true })
    .refine((at) => Date.parse(at) > Date.now(), 'expiresAt must be in the future')
    .optional(),
  quota: QuotaLimits.optional(),
});
export type CreateKeyRequest = z.output<typeof CreateKeyRequest>;

/** How long the previous secrets stay valid after a rotation: a day by default, at most 30. */
export const RotateKeyRequest = z.strictObject({
  graceSeconds: z
    .number()
    .int()
    .min(0)
    .max(30 * 86_400)
    .default(86_400),
});
export type RotateKeyRequest = z.output<typeof RotateKeyRequest>;

export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  resource: z.string().max(200).optional(),
  keyId: z.string().max(64).optional(),
});
export type AuditQuery = z.output<typeof AuditQuery>;
