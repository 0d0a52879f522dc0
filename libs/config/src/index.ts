import { resolve } from 'node:path';
import { z } from 'zod';

export { z };

/** A problem that involves several variables: the variable to change and why. */
export type ConfigProblem = [variable: string, message: string];

/**
 * Reads and validates a service's configuration once, at start. A bad or missing variable, or a
 * problem found by `check` across variables, stops the process with a message naming it. Every
 * variable has a default that makes the embedded mode work.
 */
export function loadConfig<T extends z.ZodRawShape>(
  shape: T,
  env: NodeJS.ProcessEnv = process.env,
  check: (config: z.infer<z.ZodObject<T>>) => ConfigProblem[] = () => [],
): z.infer<z.ZodObject<T>> {
  const result = z.object(shape).safeParse(env);
  const problems: ConfigProblem[] = result.success
    ? check(result.data)
    : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
  if (problems.length) {
    // Configuration errors happen before the logger exists; say it plainly and stop.
    process.stderr.write(`invalid configuration:\n${problems.map(([name, message]) => `  ${name}: ${message}`).join('\n')}\n`);
    process.exit(1);
  }
  return result.data!;
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** host:port of a gRPC server. */
export const address = (fallback: string) =>
  z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'expected host:port')
    .default(fallback);

/** Variables every service shares. */
export const commonShape = {
  DATA_DIR: z
    .string()
    .default('./.data')
    .transform((dir) => resolve(dir)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` or `pretty`; unset, pretty on a terminal and JSON otherwise (read by the logger itself). */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  REGISTRY_ADDRESS: address('127.0.0.1:50051'),
  /**
   * Mutual TLS between services: the platform CA's certificate, and this service's certificate and key
   * (PEM files). All three, or none for plain text (local development only). `npm start` makes them.
   */
  GRPC_TLS_CA: z.string().optional(),
  GRPC_TLS_CERT: z.string().optional(),
  GRPC_TLS_KEY: z.string().optional(),
  /** The name in the services' certificates, checked by every client whatever address it dials. */
  GRPC_TLS_SERVER_NAME: z.string().default('modelserve.internal'),
  /** gRPC messages carry decoded invocation tensors; sized for the largest body allowed. */
  GRPC_MAX_MESSAGE_BYTES: positiveInt(64 * 1024 * 1024),
};

/** Object storage, shared by the services that read or write artifacts. */
export const storageShape = {
  S3_ENDPOINT: z.string().url().default('http://127.0.0.1:9000'),
  /** `npm start` sets both to the embedded store's credentials (DATA_DIR/s3-credentials). */
  S3_ACCESS_KEY: z.string().default(''),
  S3_SECRET_KEY: z.string().default(''),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'not a valid bucket name')
    .default('modelserve'),
  S3_REGION: z.string().default('us-east-1'),
  /**
   * Comma-separated s3://bucket[/prefix] that requests may name (artifact URIs, job inputs and outputs,
   * capture destinations) besides the platform's own bucket, which they always may.
   */
  STORAGE_ALLOWED_URIS: z.string().default(''),
};
