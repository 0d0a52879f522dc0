import { commonShape, loadConfig, port, positiveInt, storageShape, z } from '@modelserve/config';
import { hostname } from 'node:os';

export const batchConfigShape = {
  ...commonShape,
  ...storageShape,
  BATCH_HOST: z.string().default('127.0.0.1'),
  BATCH_HTTP_PORT: port(8083),
  BATCH_GRPC_HOST: z.string().default('127.0.0.1'),
  BATCH_GRPC_PORT: port(50071),
  /** PostgreSQL; without it job state lives in an embedded PGlite database under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * Names this instance in job claims. A restarted instance with the same id takes its jobs back at
   * once; others wait for the claim to lapse. Defaults to host:gRPC port, unique per machine.
   */
  BATCH_INSTANCE_ID: z.string().optional(),
  /** A claim on a job lapses after this long without renewal; another instance then resumes the job. */
  BATCH_LEASE_MS: positiveInt(15_000),
  /** Transform jobs one instance runs at a time. */
  BATCH_MAX_RUNNING_JOBS: positiveInt(2),
  /** How often an idle instance looks for jobs to run. */
  BATCH_POLL_MS: positiveInt(1000),
  /**
   * Size of an output part, and so of the work a resumed job redoes at most per object. S3 requires
   * parts of at least 5 MiB (except the last).
   */
  BATCH_PART_BYTES: positiveInt(8 * 1024 * 1024),
  /** Deadline of one mini-batch on a worker. */
  INVOCATION_TIMEOUT_MS: positiveInt(120_000),
  /** How long a job waits for its endpoint to become InService. */
  BATCH_ENDPOINT_READY_TIMEOUT_MS: positiveInt(300_000),
  /** Asynchronous invocations one instance runs at a time (each endpoint is also held to its own limit). */
  ASYNC_MAX_RUNNING: positiveInt(8),
  /** Largest input object of an asynchronous invocation. */
  ASYNC_MAX_PAYLOAD_BYTES: positiveInt(1024 * 1024 * 1024),
  /** A large asynchronous request is sent to workers in runs of rows of at most this size. */
  ASYNC_CHUNK_BYTES: positiveInt(4 * 1024 * 1024),
  /** Runs of a request that fail on the platform's side (not the request's) before it is failed. */
  ASYNC_MAX_ATTEMPTS: positiveInt(3),
  /** How often monitoring looks for due schedule windows, baseline jobs and alert rules. */
  MONITORING_POLL_MS: positiveInt(5000),
  /** How often new capture files are read into quality reports (a report also reads them first). */
  MONITORING_INGEST_MS: positiveInt(60_000),
  /** A schedule's window runs this long after it ends, so that capture files still being flushed are in. */
  MONITORING_GRACE_MS: positiveInt(60_000),
  /** Captured predictions and labels older than this are forgotten. */
  MONITORING_RETENTION_DAYS: positiveInt(30),
  /** How often each alert rule is evaluated. */
  ALERT_EVALUATION_MS: positiveInt(30_000),
  /** Deadline of one webhook delivery; a failed delivery is retried with backoff. */
  ALERT_WEBHOOK_TIMEOUT_MS: positiveInt(5000),
  ALERT_WEBHOOK_MAX_ATTEMPTS: positiveInt(10),
  /**
   * Training hosts (processes or containers) one instance runs at once; a job takes one per instance it
   * asks for, and waits queued until that many are free.
   */
  TRAINING_SLOTS: positiveInt(2),
  /** Between SIGTERM and SIGKILL when a training job is stopped or runs out of time. */
  TRAINING_STOP_GRACE_MS: positiveInt(30_000),
  /** How often a running job's checkpoint directory is uploaded to its checkpoint URI. */
  TRAINING_CHECKPOINT_SYNC_MS: positiveInt(10_000),
  /**
   * The Docker engine that runs training jobs with an `algorithm.image` (for example
   * unix:///var/run/docker.sock); unset, such jobs are refused.
   */
  TRAINING_DOCKER_HOST: z.string().min(1).optional(),
  /** The docker command-line client that talks to it. */
  TRAINING_DOCKER_CLI: z.string().min(1).default('docker'),
  /** CPUs and memory of each training container (one per host of a job). */
  TRAINING_CONTAINER_CPUS: z.coerce.number().positive().max(1024).default(2),
  TRAINING_CONTAINER_MEMORY_MB: positiveInt(4096),
  /** The Jupyter command that runs notebook instances (`jupyter notebook`); where it is missing, creating one answers 409. */
  NOTEBOOK_JUPYTER: z.string().min(1).default('jupyter'),
  /** The gateway as an instance's code reaches it (MODELSERVE_URL, the AWS endpoints). */
  NOTEBOOK_GATEWAY_URL: z.string().url().default('http://127.0.0.1:8080'),
  /**
   * Where instances' servers listen: loopback, so that only the gateway beside this service reaches
   * them (it proxies signed-in browsers to them).
   */
  NOTEBOOK_HOST: z.string().default('127.0.0.1'),
  /** The host name the gateway reaches those servers at, where it runs elsewhere (a container's name); NOTEBOOK_HOST by default. */
  NOTEBOOK_ADVERTISED_HOST: z.string().min(1).optional(),
  /** Notebook instances one batch instance runs at once; further ones stay Pending until one stops. */
  NOTEBOOK_MAX_RUNNING: positiveInt(8),
  /** How long a server has to answer after it starts, and a lifecycle script to finish (SageMaker's 5 minutes). */
  NOTEBOOK_START_TIMEOUT_MS: positiveInt(60_000),
  NOTEBOOK_LIFECYCLE_TIMEOUT_MS: positiveInt(300_000),
  /** How often a running instance's kernel activity (for idle shutdown) and disk use are looked at. */
  NOTEBOOK_CHECK_MS: positiveInt(60_000),
  /** Between SIGTERM and SIGKILL when an instance's server is stopped. */
  NOTEBOOK_STOP_GRACE_MS: positiveInt(10_000),
  /** Comma-separated Kafka brokers for stream jobs; empty disables them. */
  KAFKA_BROKERS: z.string().default(''),
  /** Kafka session timeout of stream job consumers; a consumer silent this long loses its partitions. */
  KAFKA_SESSION_TIMEOUT_MS: positiveInt(30_000),
  KAFKA_HEARTBEAT_INTERVAL_MS: positiveInt(3000),
};

export const loadBatchConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(batchConfigShape, env);
  return { ...config, BATCH_INSTANCE_ID: config.BATCH_INSTANCE_ID ?? `${hostname()}:${config.BATCH_GRPC_PORT}` };
};
export type BatchConfig = ReturnType<typeof loadBatchConfig>;
export const BATCH_CONFIG = Symbol('BATCH_CONFIG');
export const BATCH_LOGGER = Symbol('BATCH_LOGGER');
/** The batch service's connection to the registry (a grpc-js client, so injected by this token). */
export const REGISTRY_CLIENT = Symbol('REGISTRY_CLIENT');
