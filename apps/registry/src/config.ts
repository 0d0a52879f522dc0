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
};

export const loadRegistryConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(registryConfigShape, env);
export type RegistryConfig = ReturnType<typeof loadRegistryConfig>;
export const REGISTRY_CONFIG = Symbol('REGISTRY_CONFIG');
export const REGISTRY_LOGGER = Symbol('REGISTRY_LOGGER');
