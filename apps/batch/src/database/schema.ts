import type { TransformJobSpec__Output, StreamJobSpec__Output } from '@modelserve/contracts';
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

export interface Database {
  transform_jobs: TransformJobsTable;
  transform_objects: TransformObjectsTable;
  transform_errors: TransformErrorsTable;
  stream_jobs: StreamJobsTable;
  stream_job_counters: StreamJobCountersTable;
  async_invocations: AsyncInvocationsTable;
}

export type Db = Kysely<Database>;
export const DB = Symbol('DB');
