import type { ApprovalStatus, DeploymentStrategy, QualitySpecRequest, RuntimeOptions, TrainingLineage } from '@modelserve/schemas';
import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** bigint comes back as a string from pg and as a bigint from PGlite; repositories convert it. */
type BigIntColumn = ColumnType<string | number | bigint, number, number>;
/** jsonb is written as JSON text so both drivers store the same thing. */
type Json<T> = ColumnType<T, string, string>;

export interface TensorSpecRow {
  name: string;
  datatype: string;
  shape: number[];
  classLabels: string[];
}

export interface ModelsTable {
  id: Generated<number>;
  name: string;
  description: string;
  created_at: CreatedAt;
}

export interface ModelVersionsTable {
  model_id: number;
  version: number;
  artifact_uri: string;
  sha256: string;
  size_bytes: BigIntColumn;
  inputs: Json<TensorSpecRow[]>;
  outputs: Json<TensorSpecRow[]>;
  created_at: CreatedAt;
  description: ColumnType<string, string | undefined, string>;
  tags: ColumnType<Record<string, string>, string | undefined, string>;
  approval_status: ColumnType<ApprovalStatus, ApprovalStatus | undefined, ApprovalStatus>;
  /** What the upload check found; null for versions uploaded before it existed (found when first deployed). */
  batch_support: ColumnType<BatchSupport | null, BatchSupport | null | undefined, BatchSupport | null>;
  batch_support_detail: ColumnType<string | null, string | null | undefined, string | null>;
  runtime: ColumnType<RuntimeOptions | null, string | null | undefined, string | null>;
  quality: ColumnType<QualitySpecRequest | null, string | null | undefined, string | null>;
  lineage: ColumnType<TrainingLineage | null, string | null | undefined, string | null>;
}

/** Whether concurrent requests to a version can share one run; see ModelVersion in registry.proto. */
export type BatchSupport = 'Exact' | 'ExactWithPadding' | 'Unsupported';

/** A variant's batching settings, every field resolved when its config is created. */
export interface BatchingRow {
  enabled: boolean;
  maxBatchSize: number;
  maxQueueDelayMicros: number;
  maxQueueSize: number;
}

export interface ModelAliasesTable {
  model_id: number;
  alias: string;
  version: number;
  updated_at: UpdatedAt;
}

export interface EndpointEventsTable {
  id: Generated<number>;
  endpoint_name: string;
  at: CreatedAt;
  actor: string;
  action: string;
  detail: Json<Record<string, unknown>>;
}

export interface DataCaptureRow {
  samplingPercent: number;
  destination: string;
}

/** Asynchronous inference settings of a config, as the AsyncInference message holds them. */
export interface AsyncInferenceRow {
  outputUri: string;
  failureUri: string;
  successTopic: string;
  errorTopic: string;
  webhookUrl: string;
  maxConcurrentInvocationsPerInstance: number;
}

export interface EndpointConfigsTable {
  id: Generated<number>;
  name: string;
  created_at: CreatedAt;
  data_capture: ColumnType<DataCaptureRow | null, string | null | undefined, string | null>;
  async_inference: ColumnType<AsyncInferenceRow | null, string | null | undefined, string | null>;
}

export interface EndpointConfigVariantsTable {
  config_id: number;
  position: number;
  name: string;
  model_id: number;
  version: number;
  instance_count: number;
  weight: number;
  alias: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set on a shadow variant: the share of requests it gets a copy of. */
  shadow_sampling_percent: ColumnType<number | null, number | null | undefined, number | null>;
  /** Null for variants created before batching existed: batching off. */
  batching: ColumnType<BatchingRow | null, string | null | undefined, string | null>;
}

/** An endpoint's live variants; the same columns as a config's, keyed by endpoint. */
export type EndpointVariantsTable = Omit<EndpointConfigVariantsTable, 'config_id' | 'alias'> & {
  endpoint_id: number;
  generation: ColumnType<number, number | undefined, number>;
};

export type EndpointStatus = 'Creating' | 'InService' | 'Updating' | 'Failed' | 'Deleting';

/** An update in progress: how traffic moves to the next generation, and where it stands. */
export interface DeploymentState {
  fromConfig: string;
  toConfig: string;
  toConfigId: number;
  strategy: DeploymentStrategy;
  /** Canary: the first share of traffic; Linear: the share added at each step. */
  stepPercent: number;
  waitSeconds: number;
  rollback: {
    maxErrorRatePercent: number | null;
    maxP99Ms: number | null;
    minRequests: number;
    /** Alert rules that roll the update back while they fire (absent in updates started before there were any). */
    alarms?: string[];
  };
  phase: 'Loading' | 'Shifting' | 'Draining' | 'RollingBack';
  /** Share of production traffic on the next generation. */
  trafficPercent: number;
  startedAt: string;
  stepStartedAt: string | null;
  drainUntil: string | null;
  reason: string | null;
}

export interface EndpointsTable {
  id: Generated<number>;
  name: string;
  config_id: number;
  status: EndpointStatus;
  failure_reason: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  generation: ColumnType<number, number | undefined, number>;
  deployment: ColumnType<DeploymentState | null, string | null | undefined, string | null>;
}

export type PlacementState = 'Loading' | 'Ready' | 'Failed';

/** One instance of an endpoint variant on one worker. */
export interface PlacementsTable {
  endpoint_id: number;
  generation: ColumnType<number, number | undefined, number>;
  variant_name: string;
  worker_id: string;
  worker_address: string;
  state: PlacementState;
  error: string | null;
  updated_at: UpdatedAt;
}

export interface Database {
  models: ModelsTable;
  model_versions: ModelVersionsTable;
  endpoint_configs: EndpointConfigsTable;
  endpoint_config_variants: EndpointConfigVariantsTable;
  endpoints: EndpointsTable;
  endpoint_variants: EndpointVariantsTable;
  placements: PlacementsTable;
  model_aliases: ModelAliasesTable;
  endpoint_events: EndpointEventsTable;
  api_keys: ApiKeysTable;
  api_key_secrets: ApiKeySecretsTable;
  endpoint_quotas: EndpointQuotasTable;
  quota_buckets: QuotaBucketsTable;
  audit_events: AuditEventsTable;
  sagemaker_fields: SageMakerFieldsTable;
  variant_figures: VariantFiguresTable;
  model_run_figures: ModelRunFiguresTable;
  alarm_states: AlarmStatesTable;
  function_versions: FunctionVersionsTable;
  function_aliases: FunctionAliasesTable;
  function_logs: FunctionLogsTable;
  apis: ApisTable;
  usage_plans: UsagePlansTable;
  public_keys: PublicKeysTable;
}

export interface FunctionVersionsTable {
  function: string;
  /** 0 is $LATEST. */
  version: number;
  runtime: string;
  handler: string;
  timeout_seconds: number;
  memory_mb: number;
  environment: Json<Record<string, string>>;
  allowed_endpoints: string[];
  description: string;
  max_concurrency: number | null;
  code_sha256: string;
  code_size: BigIntColumn;
  code_key: string;
  last_modified: UpdatedAt;
}

export interface FunctionAliasesTable {
  function: string;
  name: string;
  version: number;
  description: string;
}

export interface FunctionLogsTable {
  id: Generated<string>;
  function: string;
  version: string;
  request_id: string;
  at: Date;
  stream: string;
  message: string;
}

export interface ApisTable {
  name: string;
  /** The API's routes, CORS, authorization, stages and body limit (ApiSettings in libs/schemas). */
  settings: Json<Record<string, unknown>>;
  site: ColumnType<SiteRow | null, string | null, string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SiteRow {
  sha256: string;
  size: number;
  files: number;
  key: string;
  updatedAt: string;
}

export interface UsagePlansTable {
  api: string;
  name: string;
  rate_limit: number;
  burst: number;
  quota_per_day: BigIntColumn;
}

export interface PublicKeysTable {
  id: string;
  api: string;
  name: string;
  usage_plan: string;
  key_hash: string;
  created_at: CreatedAt;
}

export interface AlarmStatesTable {
  name: string;
  endpoint: string;
  firing: boolean;
  reason: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** A sparse histogram (libs/service/src/figures.ts) as jsonb: bucket index to count. */
type HistogramColumn = Json<Record<string, number>>;

export interface VariantFiguresTable {
  at: ColumnType<Date, never, never>;
  endpoint: string;
  variant: string;
  model: string;
  version: number;
  ok: BigIntColumn;
  client_errors: BigIntColumn;
  server_errors: BigIntColumn;
  latency: HistogramColumn;
  overhead: HistogramColumn;
  queue_wait: HistogramColumn;
  batch_rows: HistogramColumn;
}

export interface ModelRunFiguresTable {
  at: ColumnType<Date, never, never>;
  model: string;
  version: number;
  run: HistogramColumn;
  errors: BigIntColumn;
}

export interface SageMakerFieldsTable {
  kind: string;
  name: string;
  resource_created_at: string;
  fields: Json<Record<string, unknown>>;
}

/** Requests per second with a burst, and per UTC day; 0 means no limit. */
export interface QuotaRow {
  requestsPerSecond: number;
  burst: number;
  requestsPerDay: number;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  owner: string;
  scopes: string[];
  resources: string[];
  quota: ColumnType<QuotaRow | null, string | null, string | null>;
  created_at: CreatedAt;
  last_used_at: ColumnType<Date | null, never, Date>;
  expires_at: Date | null;
}

export interface ApiKeySecretsTable {
  key_id: string;
  key_hash: string;
  access_key_id: string;
  sealed_secret_access_key: string;
  created_at: CreatedAt;
  expires_at: Date | null;
}

export interface EndpointQuotasTable {
  endpoint: string;
  quota: Json<QuotaRow>;
}

export interface QuotaBucketsTable {
  subject: string;
  tokens: number;
  refilled_at: Date;
  /** The UTC day (YYYY-MM-DD) that day_count counts. */
  day: string;
  day_count: BigIntColumn;
}

export interface AuditEventsTable {
  id: ColumnType<string | number | bigint, never, never>;
  at: CreatedAt;
  key_id: string;
  actor: string;
  action: string;
  resource: string;
  status: number;
  outcome: string;
  source_address: string;
  request_id: string;
  method: string;
  path: string;
}

export type ModelRow = Selectable<ModelsTable>;
export type ModelVersionRow = Selectable<ModelVersionsTable>;
export type EndpointRow = Selectable<EndpointsTable>;
export type PlacementRow = Selectable<PlacementsTable>;
