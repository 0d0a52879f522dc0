import { commonShape, loadConfig, port, positiveInt, storageShape, z } from '@modelserve/config';

export const registryConfigShape = {
  ...commonShape,
  ...storageShape,
  REGISTRY_GRPC_HOST: z.string().default('127.0.0.1'),
  REGISTRY_GRPC_PORT: port(50051),
  REGISTRY_HTTP_PORT: port(8081),
  /** PostgreSQL; without it the registry keeps its metadata in an embedded PGlite database under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** A worker silent for this long is taken as gone and its models are placed elsewhere. */
  WORKER_TTL_MS: positiveInt(5000),
  HEARTBEAT_INTERVAL_MS: positiveInt(1000),
  RECONCILE_INTERVAL_MS: positiveInt(1000),
  /** After traffic leaves a generation, how long its instances keep serving requests already routed to them. */
  DEPLOYMENT_DRAIN_MS: positiveInt(2000),
  /** Largest model file accepted. */
  MODEL_MAX_BYTES: positiveInt(1024 * 1024 * 1024),
  /** Unreferenced artifacts (of uploads that never became versions) are removed once this old... */
  ARTIFACT_SWEEP_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(10 * 60_000),
  /** ...by a sweep at start and then at this interval. */
  ARTIFACT_SWEEP_INTERVAL_MS: positiveInt(60 * 60_000),
  /** An admin API key to register at start; without it, the first start writes a new one to DATA_DIR/admin-key. */
  ADMIN_API_KEY: z.string().min(16, 'an API key is at least 16 characters').optional(),
  /**
   * 32 bytes, base64: seals the SigV4 secrets of API keys in the database. Without it, one is made at
   * first start in DATA_DIR/auth-master-key; registries that share a database must share it.
   */
  AUTH_MASTER_KEY: z
    .string()
    .refine((key) => Buffer.from(key, 'base64').length === 32, 'expected 32 bytes, base64-encoded')
    .optional(),
};

export const loadRegistryConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(registryConfigShape, env);
export type RegistryConfig = ReturnType<typeof loadRegistryConfig>;
export const REGISTRY_CONFIG = Symbol('REGISTRY_CONFIG');
export const REGISTRY_LOGGER = Symbol('REGISTRY_LOGGER');
