import { commonShape, loadConfig, port, storageShape, z } from '@modelserve/config';

export const batchConfigShape = {
  ...commonShape,
  ...storageShape,
  BATCH_HOST: z.string().default('127.0.0.1'),
  BATCH_HTTP_PORT: port(8083),
  /** Comma-separated Kafka brokers for stream jobs; empty disables them. */
  KAFKA_BROKERS: z.string().default(''),
};

export const loadBatchConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(batchConfigShape, env);
export type BatchConfig = ReturnType<typeof loadBatchConfig>;
export const BATCH_CONFIG = Symbol('BATCH_CONFIG');
