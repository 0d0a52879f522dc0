import { z } from 'zod';

const RESOURCE_NAME_MAX = 63;
const RESOURCE_NAME_RULE = `1-${RESOURCE_NAME_MAX} letters, digits and hyphens, starting and ending with a letter or digit`;

/** Names of models, aliases, endpoint configs, endpoints, variants and jobs, as SageMaker allows them. */
export const resourceName = z
  .string()
  .max(RESOURCE_NAME_MAX, RESOURCE_NAME_RULE)
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, RESOURCE_NAME_RULE);

/**
 * A key may not hold `.` or `..` segments, backslashes or control characters: a store on a file system
 * (the embedded one) would otherwise turn it into a path outside its directory.
 */
const SAFE_KEY = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^\\\u0000-\u001f\u007f]*$/;
const UNSAFE_KEY_MESSAGE = 'the key may not contain "." or ".." segments, backslashes or control characters';
const keyOf = (uri: string) => uri.replace(/^s3:\/\/[^/]*\/?/, '');

/** An object in S3-compatible storage. */
export const s3ObjectUri = z
  .string()
  .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/, 'expected s3://bucket/key')
  .refine((uri) => SAFE_KEY.test(keyOf(uri)), UNSAFE_KEY_MESSAGE);

/** A prefix in S3-compatible storage: the bucket name as S3 allows it, then an optional path. */
export const s3PrefixUri = z
  .string()
  .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, 'expected s3://bucket/prefix')
  .refine((uri) => SAFE_KEY.test(keyOf(uri)), UNSAFE_KEY_MESSAGE);

export const percent = z.number().min(0).max(100);

/** Where the platform POSTs events. */
export const webhookUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).max(2048);

export const kafkaTopic = z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/, 'a Kafka topic name: 1-249 letters, digits, ".", "_" or "-"');

/** Instances of a model a variant or a job runs on. */
export const instanceCount = z.number().int().min(1).max(64);

/** Names listed twice, for a refinement that refuses them. */
export function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(names.filter((name) => seen.has(name) || !seen.add(name)))];
}

const DURATION = /^(\d{1,7})([smhd])$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
export const DURATION_RULE = 'a number and a unit: s, m, h or d (for example 15m)';

/** A duration such as `90s`, `15m`, `6h` or `1d`, in seconds; undefined when the text is not one. */
export function durationSeconds(text: string): number | undefined {
  const match = DURATION.exec(text);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2]] : undefined;
}

/** A duration field: the text in a request, its seconds once parsed. */
export const duration = z
  .string()
  .regex(DURATION, DURATION_RULE)
  .transform((text) => durationSeconds(text)!);

const environmentName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'environment names are letters, digits and _');

/** Environment variables of code the platform runs (functions, notebook instances): at most `maxBytes` as JSON. */
export const environmentVariables = (maxBytes: number) =>
  z
    .record(environmentName, z.string().max(maxBytes))
    .refine((env) => Buffer.byteLength(JSON.stringify(env)) <= maxBytes, `the environment is at most ${maxBytes} bytes`);
