import { address, commonShape, loadConfig, port, positiveInt, storageShape, z } from '@modelserve/config';
import { availableParallelism, hostname } from 'node:os';

export const workerConfigShape = {
  ...commonShape,
  ...storageShape,
  WORKER_GRPC_HOST: z.string().default('127.0.0.1'),
  WORKER_GRPC_PORT: port(50061),
  WORKER_HTTP_PORT: port(8082),
  /** Stable identity across restarts, so the registry gives a restarted worker its models back. */
  WORKER_ID: z.string().min(1).optional(),
  /** host:port the registry and gateway use to reach this worker; defaults to 127.0.0.1 and the bound port. */
  WORKER_ADVERTISE_ADDRESS: address('').optional().or(z.literal('')),
  HEARTBEAT_INTERVAL_MS: positiveInt(1000),
  /**
   * onnxruntime threads per session (a version's runtime options override them). Every core by
   * default: onnxruntime splits an operator across threads only when it is large enough to gain, so a
   * small model runs on one thread anyway, and a batched convolution uses the machine.
   */
  ORT_INTRA_OP_THREADS: positiveInt(availableParallelism()),
  ORT_INTER_OP_THREADS: positiveInt(1),
  MODEL_CACHE_DIR: z.string().optional(),
};

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(workerConfigShape, env);
  return {
    ...config,
    WORKER_ID: config.WORKER_ID ?? `${hostname()}:${config.WORKER_GRPC_PORT}`,
    MODEL_CACHE_DIR: config.MODEL_CACHE_DIR ?? `${config.DATA_DIR}/model-cache`,
  };
}

export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export const WORKER_LOGGER = Symbol('WORKER_LOGGER');
