import type {
  AlertRuleSpec__Output,
  BaselineJobSpec__Output,
  MonitoringScheduleSpec__Output,
  StreamJobSpec__Output,
  TrainingJobSpec__Output,
  TuningJobSpec__Output,
  TransformJobSpec__Output,
} from '@modelserve/contracts';
import type { Violation } from '../monitoring/feature-statistics';
import type { UploadedPart } from '@modelserve/storage';
import type { ColumnType, Kysely } from 'kysely';

type CreatedAt = ColumnType<Date, never, never>;
type Timestamp = ColumnType<Date | null, Date | undefined, Date | null>;
/** bigint comes back as a string from pg and as a bigint from PGlite; Number() reads both. */
type BigIntColumn = ColumnType<string | number | bigint, number | undefined, number>;
/** jsonb is written as JSON text so both drivers store the same thing. */
type Json<T> = ColumnType<T, string, string>;

export type TransformStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';
export type ObjectStatus = 'Pending' | 'InProgress' | 'Completed';
export type StreamStatus = 'Running' | 'Paused' | 'Failed';

export interface TransformJobsTable {
  name: string;
  spec: Json<TransformJobSpec__Output>;
  status: TransformStatus;
  failure_reason: ColumnType<string, string | undefined, string>;
  endpoint: ColumnType<string, string | undefined, string>;
  objects_total: ColumnType<number | null, number | undefined, number>;
  records_processed: BigIntColumn;
  records_failed: BigIntColumn;
  owner: ColumnType<string | null, string | undefined, string | null>;
  lease_expires_at: Timestamp;
  created_at: CreatedAt;
  started_at: Timestamp;
  ended_at: Timestamp;
}

export interface TransformObjectsTable {
  job: string;
  key: string;
  status: ColumnType<ObjectStatus, ObjectStatus | undefined, ObjectStatus>;
  upload_id: ColumnType<string | null, string | undefined, string | null>;
  parts: ColumnType<UploadedPart[], string | undefined, string>;
  lines_done: BigIntColumn;
  bytes_done: BigIntColumn;
  records_processed: BigIntColumn;
  records_failed: BigIntColumn;
}

export interface TransformErrorsTable {
  job: string;
  key: string;
  line: BigIntColumn;
  reason: string;
}

export interface StreamJobsTable {
  name: string;
  spec: Json<StreamJobSpec__Output>;
  status: StreamStatus;
  failure_reason: ColumnType<string, string | undefined, string>;
  endpoint: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface StreamJobCountersTable {
  job: string;
  instance: string;
  records_in: BigIntColumn;
  records_out: BigIntColumn;
  records_dead_lettered: BigIntColumn;
  records_per_second: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** Where an asynchronous request's outcome is announced; empty fields are unused. */
export interface AsyncNotificationTargets {
  successTopic: string;
  errorTopic: string;
  webhookUrl: string;
}

export type AsyncStatus = 'Queued' | 'InProgress' | 'Completed' | 'Failed';

export interface AsyncInvocationsTable {
  id: string;
  inference_id: string;
  endpoint: string;
  input_location: string;
  content_type: string;
  accept: string;
  custom_attributes: string;
  output_location: string;
  failure_location: string;
  notification: Json<AsyncNotificationTargets>;
  timeout_seconds: number;
  expires_at: Date;
  status: ColumnType<AsyncStatus, AsyncStatus | undefined, AsyncStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  failure_reason: ColumnType<string, string | undefined, string>;
  owner: ColumnType<string | null, string | undefined, string | null>;
  lease_expires_at: Timestamp;
  notified_at: Timestamp;
  notify_attempts: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  started_at: Timestamp;
  ended_at: Timestamp;
}

export interface GroundTruthTable {
  endpoint: string;
  inference_id: string;
  /** One value per row of the invocation. */
  labels: Json<string[]>;
  received_at: CreatedAt;
}

export interface CapturedPredictionsTable {
  endpoint: string;
  inference_id: string;
  variant: string;
  model: string;
  version: number;
  captured_at: Date;
  /** The answer's per-row values, as the gateway encoded them. */
  predictions: Json<unknown[]>;
}

export interface CaptureFilesTable {
  bucket: string;
  key: string;
  endpoint: string;
  records: number;
  ingested_at: CreatedAt;
}

export type BaselineStatus = 'InProgress' | 'Completed' | 'Failed';

export interface BaselineJobsTable {
  name: string;
  spec: Json<BaselineJobSpec__Output>;
  status: ColumnType<BaselineStatus, BaselineStatus | undefined, BaselineStatus>;
  failure_reason: ColumnType<string, string | undefined, string>;
  records: BigIntColumn;
  statistics_uri: ColumnType<string, string | undefined, string>;
  constraints_uri: ColumnType<string, string | undefined, string>;
  owner: ColumnType<string | null, string | undefined, string | null>;
  lease_expires_at: Timestamp;
  created_at: CreatedAt;
  ended_at: Timestamp;
}

export interface MonitoringSchedulesTable {
  name: string;
  endpoint: string;
  spec: Json<MonitoringScheduleSpec__Output>;
  next_window_end: Date;
  created_at: CreatedAt;
}

export type ExecutionStatus = 'InProgress' | 'Completed' | 'CompletedWithViolations' | 'Failed';

export interface MonitoringExecutionsTable {
  id: string;
  schedule: string;
  endpoint: string;
  window_start: Date;
  window_end: Date;
  manual: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<ExecutionStatus, ExecutionStatus | undefined, ExecutionStatus>;
  failure_reason: ColumnType<string, string | undefined, string>;
  records: BigIntColumn;
  statistics_uri: ColumnType<string, string | undefined, string>;
  violations_uri: ColumnType<string, string | undefined, string>;
  violations: ColumnType<Violation[], string | undefined, string>;
  owner: ColumnType<string | null, string | undefined, string | null>;
  lease_expires_at: Timestamp;
  started_at: CreatedAt;
  ended_at: Timestamp;
}

export type AlertState = 'OK' | 'Firing';

export interface AlertRulesTable {
  name: string;
  spec: Json<AlertRuleSpec__Output>;
  secret: string;
  state: ColumnType<AlertState, AlertState | undefined, AlertState>;
  value: ColumnType<number | null, number | null | undefined, number | null>;
  evaluated_at: Timestamp;
  since: ColumnType<Date, Date | undefined, Date>;
  next_evaluation_at: ColumnType<Date, Date | undefined, Date>;
  created_at: CreatedAt;
}

export interface AlertEventsTable {
  id: string;
  rule: string;
  state: 'firing' | 'resolved';
  value: number | null;
  description: string;
  payload: string;
  at: CreatedAt;
  delivered_at: Timestamp;
  delivery_attempts: ColumnType<number, number | undefined, number>;
  delivery_error: ColumnType<string, string | undefined, string>;
  next_delivery_at: ColumnType<Date, Date | undefined, Date>;
}

export type TrainingStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';

/** One step of a training job within its status, as DescribeTrainingJob's SecondaryStatusTransitions. */
export interface StatusTransition {
  status: string;
  startTime: string;
  endTime?: string;
  statusMessage: string;
}

export interface TrainingJobsTable {
  name: string;
  spec: Json<TrainingJobSpec__Output>;
  status: TrainingStatus;
  secondary_status: ColumnType<string, string | undefined, string>;
  transitions: ColumnType<StatusTransition[], string | undefined, string>;
  failure_reason: ColumnType<string, string | undefined, string>;
  owner: ColumnType<string | null, string | undefined, string | null>;
  lease_expires_at: Timestamp;
  run_id: ColumnType<string | null, string | undefined, string | null>;
  process_ids: ColumnType<number[], string | undefined, string>;
  restarts: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  started_at: Timestamp;
  training_started_at: Timestamp;
  training_ended_at: Timestamp;
  billable_seconds: BigIntColumn;
  ended_at: Timestamp;
  final_metrics: ColumnType<Record<string, { value: number; at: string }>, string | undefined, string>;
  model_artifacts: ColumnType<string, string | undefined, string>;
  output_data: ColumnType<string, string | undefined, string>;
  registered_model: ColumnType<string, string | undefined, string>;
  registered_version: ColumnType<number, number | undefined, number>;
  tuning_job: ColumnType<string | null, string | null | undefined, string | null>;
  early_stopped: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface TuningJobsTable {
  name: string;
  spec: Json<TuningJobSpec__Output>;
  status: TrainingStatus;
  failure_reason: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  ended_at: Timestamp;
  registered_model: ColumnType<string, string | undefined, string>;
  registered_version: ColumnType<number, number | undefined, number>;
  registered_from: ColumnType<string, string | undefined, string>;
}

export interface TrainingMetricsTable {
  job: string;
  sequence: BigIntColumn;
  name: string;
  value: number;
  at: Date;
}

export interface TrainingLogsTable {
  job: string;
  sequence: BigIntColumn;
  at: Date;
  host: string;
  stream: string;
  message: string;
}

export type NotebookStatus = 'Pending' | 'InService' | 'Stopping' | 'Stopped' | 'Failed' | 'Deleting' | 'Updating';

export interface NotebookInstancesTable {
  name: string;
  status: ColumnType<NotebookStatus, NotebookStatus | undefined, NotebookStatus>;
  failure_reason: ColumnType<string, string | undefined, string>;
  status_message: ColumnType<string, string | undefined, string>;
  volume_size_gb: number;
  lifecycle_config: ColumnType<string | null, string | null | undefined, string | null>;
  idle_shutdown_minutes: ColumnType<number | null, number | null | undefined, number | null>;
  environment: ColumnType<Record<string, string>, string | undefined, string>;
  creator_key_id: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  last_modified_at: ColumnType<Date, Date | undefined, Date>;
  created_done: ColumnType<boolean, boolean | undefined, boolean>;
  owner: ColumnType<string | null, string | undefined, string | null>;
  lease_expires_at: Timestamp;
  address: ColumnType<string, string | undefined, string>;
  jupyter_token: ColumnType<string, string | undefined, string>;
  run_id: ColumnType<string | null, string | undefined, string | null>;
  instance_key_id: ColumnType<string, string | undefined, string>;
  volume_used_bytes: BigIntColumn;
}

export interface NotebookLifecycleConfigsTable {
  name: string;
  on_create: ColumnType<string, string | undefined, string>;
  on_start: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  last_modified_at: ColumnType<Date, Date | undefined, Date>;
}

export interface NotebookSessionsTable {
  token_hash: string;
  instance: string;
  kind: 'sign-in' | 'session';
  session_seconds: ColumnType<number, number | undefined, number>;
  expires_at: Date;
  created_at: CreatedAt;
}

export interface Database {
  transform_jobs: TransformJobsTable;
  transform_objects: TransformObjectsTable;
  transform_errors: TransformErrorsTable;
  stream_jobs: StreamJobsTable;
  stream_job_counters: StreamJobCountersTable;
  async_invocations: AsyncInvocationsTable;
  ground_truth: GroundTruthTable;
  captured_predictions: CapturedPredictionsTable;
  capture_files: CaptureFilesTable;
  baseline_jobs: BaselineJobsTable;
  monitoring_schedules: MonitoringSchedulesTable;
  monitoring_executions: MonitoringExecutionsTable;
  alert_rules: AlertRulesTable;
  alert_events: AlertEventsTable;
  training_jobs: TrainingJobsTable;
  training_metrics: TrainingMetricsTable;
  training_logs: TrainingLogsTable;
  tuning_jobs: TuningJobsTable;
  notebook_instances: NotebookInstancesTable;
  notebook_lifecycle_configs: NotebookLifecycleConfigsTable;
  notebook_sessions: NotebookSessionsTable;
}

export type Db = Kysely<Database>;
export const DB = Symbol('DB');
