import { address, commonShape, loadConfig, port, positiveInt, storageShape, z, type ConfigProblem } from '@modelserve/config';
import { availableParallelism } from 'node:os';

export const gatewayConfigShape = {
  ...commonShape,
  GATEWAY_HOST: z.string().default('0.0.0.0'),
  GATEWAY_PORT: port(8080),
  /** The Open Inference Protocol over gRPC (inference.GRPCInferenceService), on the same host. */
  GATEWAY_GRPC_PORT: port(8085),
  /** The batch service's gRPC address (transform and stream jobs). */
  BATCH_ADDRESS: address('127.0.0.1:50071'),
  /**
   * The gateway's address as browsers reach it (https://ml.example.com), for the URLs it hands out
   * (notebook sign-in links); unset, the address a request came to.
   */
  GATEWAY_PUBLIC_URL: z.string().url().optional(),
  /** How long a gateway process trusts a notebook session it checked, and where its instance runs. */
  NOTEBOOK_SESSION_CACHE_MS: positiveInt(5000),
  /** Largest invocation body; larger ones get 413. SageMaker's limit is 6 MB. */
  MAX_BODY_BYTES: positiveInt(6 * 1024 * 1024),
  /** Largest model file accepted on upload. */
  MODEL_MAX_BYTES: positiveInt(1024 * 1024 * 1024),
  /** Processes serving the gateway's port, each following the routing table; one per core by default. */
  GATEWAY_PROCESSES: positiveInt(availableParallelism()),
  /**
   * A request's deadline from its arrival (SageMaker's is 60 s): one still waiting in its variant's queue
   * past it gets 504 without reaching a model, and a worker call is cut there.
   */
  INVOCATION_TIMEOUT_MS: positiveInt(60_000),
  /** Model runs in flight at once per worker instance of a variant; more requests wait, and merge, in the queue. */
  RUNS_PER_INSTANCE: positiveInt(2),
  /** Data capture: records held in memory at most (past it, capture is dropped, never requests). */
  CAPTURE_BUFFER_RECORDS: positiveInt(10_000),
  /** Data capture: a file is written at least this often while records wait, or when a batch is full. */
  CAPTURE_FLUSH_MS: positiveInt(1000),
  CAPTURE_BATCH_RECORDS: positiveInt(1000),
  ...storageShape,
  /** `disabled` serves every route to anyone, for local experiments only; the gateway says so loudly at start. */
  AUTH: z.enum(['enabled', 'disabled']).default('enabled'),
  /**
   * How long a verified key (and a subject's having no quota) is trusted without asking the registry
   * again: a revoked key stops working within it.
   */
  AUTH_CACHE_MS: positiveInt(5000),
  /** The region and account in the ARNs the SageMaker API answers (arn:aws:sagemaker:<region>:<account>:...). */
  SAGEMAKER_REGION: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/)
    .default('us-east-1'),
  SAGEMAKER_ACCOUNT_ID: z
    .string()
    .regex(/^\d{12}$/)
    .default('000000000000'),
  /** Instances of one function running at once in each gateway process (a function can ask for fewer); past it, 429. */
  FUNCTION_MAX_CONCURRENCY: positiveInt(10),
  /** Function instances (processes) alive at once in each gateway process, all functions together. */
  FUNCTION_MAX_INSTANCES: positiveInt(32),
  /** A warm function instance with nothing to do is stopped after this long. */
  FUNCTION_IDLE_SECONDS: positiveInt(300),
  /** How long a function's settings (and an alias's version) are used without asking the registry again. */
  FUNCTION_CONFIG_CACHE_MS: positiveInt(1000),
  /**
   * `namespace` starts each function instance in network and user namespaces of its own (unshare -rn),
   * so it has no network at all; `process` does not (use it only where namespaces are unavailable);
   * `auto` uses namespaces where they work and warns where they do not.
   */
  FUNCTION_SANDBOX: z.enum(['auto', 'namespace', 'process']).default('auto'),
  /** HTTPS on the gateway port: a PEM certificate (chain) and its key. Both, or neither for HTTP. */
  GATEWAY_TLS_CERT: z.string().optional(),
  GATEWAY_TLS_KEY: z.string().optional(),
};

/**
 * A body decodes into tensors up to four times its size (a CSV cell "1," is 2 bytes, an INT64 is 8),
 * and the gRPC messages to workers must hold that.
 */
export const decodedSizeBound = (maxBodyBytes: number) => 4 * maxBodyBytes + 1024 * 1024;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadConfig(gatewayConfigShape, env, (config) => [
    ...(config.GRPC_MAX_MESSAGE_BYTES < decodedSizeBound(config.MAX_BODY_BYTES)
      ? [
          [
            'GRPC_MAX_MESSAGE_BYTES',
            `${config.GRPC_MAX_MESSAGE_BYTES} cannot carry a decoded body of MAX_BODY_BYTES ${config.MAX_BODY_BYTES}; ` +
              `set it to at least ${decodedSizeBound(config.MAX_BODY_BYTES)}`,
          ] as ConfigProblem,
        ]
      : []),
    ...(!config.GATEWAY_TLS_CERT !== !config.GATEWAY_TLS_KEY
      ? [['GATEWAY_TLS_CERT', 'set both GATEWAY_TLS_CERT and GATEWAY_TLS_KEY for HTTPS, or neither'] as ConfigProblem]
      : []),
  ]);

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');
