import { z } from 'zod';
import { duplicates, environmentVariables, resourceName, s3ObjectUri } from './fields';

/** Runtimes a function can name: Node.js 20 (the platform's own), as Lambda spells it. */
export const FUNCTION_RUNTIMES = ['nodejs20'] as const;

/** Lambda's limits: 15 minutes, 128 MB to 10 GB, 4 KB of environment. */
export const MAX_FUNCTION_TIMEOUT_SECONDS = 900;
const MAX_ENVIRONMENT_BYTES = 4096;

/** `<file>.<export>`: a module path in the archive (without its extension) and the export to call. */
export const functionHandler = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9_\-/]+\.[A-Za-z_$][A-Za-z0-9_$]*$/, 'a handler is <file>.<export>, e.g. index.handler')
  .refine((handler) => !handler.split('/').includes('..'), 'a handler stays inside the archive');

/** The settings of a function, without defaults: an update names only those it changes. */
const functionSettingFields = {
  runtime: z.enum(FUNCTION_RUNTIMES),
  handler: functionHandler,
  timeoutSeconds: z.number().int().min(1).max(MAX_FUNCTION_TIMEOUT_SECONDS),
  memoryMB: z.number().int().min(64).max(10_240),
  environment: environmentVariables(MAX_ENVIRONMENT_BYTES),
  allowedEndpoints: z
    .array(resourceName)
    .max(100)
    .refine((names) => duplicates(names).length === 0, 'endpoints must be unique'),
  description: z.string().max(256),
  /** Instances running at once per gateway process; past it, callers get 429. */
  maxConcurrency: z.number().int().min(1).max(1000),
};

export const FunctionSettings = z.strictObject({
  runtime: functionSettingFields.runtime.default('nodejs20'),
  handler: functionSettingFields.handler.default('index.handler'),
  timeoutSeconds: functionSettingFields.timeoutSeconds.default(3),
  memoryMB: functionSettingFields.memoryMB.default(128),
  environment: functionSettingFields.environment.default({}),
  allowedEndpoints: functionSettingFields.allowedEndpoints.default([]),
  description: functionSettingFields.description.default(''),
  maxConcurrency: functionSettingFields.maxConcurrency.optional(),
});
export type FunctionSettings = z.output<typeof FunctionSettings>;

/** The code of a function: a zip or tar.gz archive (base64) in the body, or one in object storage. */
export const FunctionCode = z.union([
  z.strictObject({ archive: z.base64().min(1, 'the archive is empty') }),
  z.strictObject({ s3Uri: s3ObjectUri }),
]);

export const FunctionRequest = FunctionSettings.extend({ name: resourceName, code: FunctionCode });
export const FunctionUpdateRequest = z.strictObject(functionSettingFields).partial().extend({ code: FunctionCode.optional() });

/** A qualifier: $LATEST, a version number or an alias (a name that does not start with a digit). */
export const functionQualifier = z
  .string()
  .regex(/^(\$LATEST|[1-9][0-9]{0,8}|[a-zA-Z][a-zA-Z0-9_-]{0,62})$/, 'a qualifier is $LATEST, a version number or an alias name');
export const functionAliasName = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,62}$/, 'an alias is 1-63 letters, digits, _ or -, starting with a letter')
  .refine((name) => name !== 'LATEST', 'LATEST is not an alias name');

export const PublishVersionRequest = z.strictObject({ description: z.string().max(256).default('') });
export const AliasRequest = z.strictObject({
  version: z.string().regex(/^[1-9][0-9]{0,8}$/, 'an alias points at a published version number'),
  description: z.string().max(256).default(''),
});

/** The HTTP methods a route can name; ANY matches every one. */
export const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'ANY'] as const;

/**
 * A route's path: segments of literal text or `{param}`, and a last segment `{param+}` that takes the
 * rest of the path.
 */
export const routePath = z
  .string()
  .max(512)
  .regex(
    /^\/$|^(\/([A-Za-z0-9._~-]+|\{[A-Za-z_][A-Za-z0-9_]*\}))*(\/\{[A-Za-z_][A-Za-z0-9_]*\+\})?$/,
    'a path is /segment/{param}/..., with an optional last {param+}',
  )
  .refine((path) => path.length > 0, 'a path starts with /');

const FunctionTarget = z.strictObject({
  function: resourceName,
  qualifier: functionQualifier.optional(),
});
const EndpointTarget = z.strictObject({ endpoint: resourceName });

export const ApiRoute = z.strictObject({
  method: z.enum(ROUTE_METHODS),
  path: routePath,
  target: z.union([FunctionTarget, EndpointTarget]),
});

const origin = z
  .string()
  .max(256)
  .regex(/^(\*|https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)$/, 'an origin is * or scheme://host[:port]');
const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/, 'a header name');

export const CorsSettings = z
  .strictObject({
    allowOrigins: z.array(origin).min(1).max(50),
    allowMethods: z.array(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', '*'])).default(['GET', 'POST']),
    allowHeaders: z
      .array(z.union([headerName, z.literal('*')]))
      .max(50)
      .default(['content-type', 'x-api-key']),
    exposeHeaders: z.array(headerName).max(50).default([]),
    maxAgeSeconds: z.number().int().min(0).max(86_400).default(600),
    allowCredentials: z.boolean().default(false),
  })
  // Browsers refuse a credentialed answer that allows every origin.
  .refine((cors) => !(cors.allowCredentials && cors.allowOrigins.includes('*')), 'allowCredentials needs named origins, not *');
export type CorsSettings = z.output<typeof CorsSettings>;

const stageName = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'a stage is 1-64 letters, digits, _ or -');

export const ApiSettings = z.strictObject({
  routes: z.array(ApiRoute).max(300).default([]),
  cors: CorsSettings.optional(),
  auth: z.enum(['none', 'apiKey']).default('none'),
  stages: z
    .array(stageName)
    .min(1)
    .max(10)
    .default(['prod'])
    .refine((stages) => duplicates(stages).length === 0, 'stages must be unique'),
  /** Largest request body; API Gateway's limit is 10 MB, Lambda's payload 6 MB. */
  maxBodyBytes: z
    .number()
    .int()
    .min(1)
    .max(6 * 1024 * 1024)
    .default(1024 * 1024),
});
export type ApiSettings = z.output<typeof ApiSettings>;

export const ApiRequest = ApiSettings.extend({ name: resourceName }).superRefine((api, context) => {
  const keys = api.routes.map((r) => `${r.method} ${r.path.replace(/\{[^}]+\}/g, '{}')}`);
  for (const key of duplicates(keys)) context.addIssue({ code: 'custom', message: `route ${key} is defined more than once` });
});

export const UsagePlanRequest = z.strictObject({
  name: resourceName,
  rateLimit: z.number().positive().max(100_000),
  burst: z.number().int().min(1).max(100_000).optional(),
  quotaPerDay: z.number().int().min(0).max(1_000_000_000).default(0),
});

export const PublicKeyRequest = z.strictObject({ name: resourceName, usagePlan: resourceName });
