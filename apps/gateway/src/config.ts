import { commonShape, loadConfig, port, positiveInt, z } from '@modelserve/config';

export const gatewayConfigShape = {
  ...commonShape,
  GATEWAY_HOST: z.string().default('0.0.0.0'),
  GATEWAY_PORT: port(8080),
  /** Largest invocation body; larger ones get 413. SageMaker's limit is 6 MB. */
  MAX_BODY_BYTES: positiveInt(6 * 1024 * 1024),
  /** Largest model file accepted on upload. */
  MODEL_MAX_BYTES: positiveInt(1024 * 1024 * 1024),
  INVOCATION_TIMEOUT_MS: positiveInt(60_000),
};

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigShape, env);
export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');
