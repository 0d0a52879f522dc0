import { AppError } from '@modelserve/common';
import { parseRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { RegistryConnection, type Caller } from '../connections/service-connections';
import { SageMakerError } from '../invocations/sagemaker-errors';

/** What a SageMaker API operation is handed: its parsed JSON input, and the request it is made for. */
export type Operation = (input: unknown, caller: Caller) => Promise<object>;

/** SageMaker resource types as they appear in ARNs. */
export type ArnType =
  | 'model'
  | 'model-package-group'
  | 'model-package'
  | 'endpoint-config'
  | 'endpoint'
  | 'transform-job'
  | 'training-job'
  | 'hyper-parameter-tuning-job';

/**
 * ARNs of the platform's resources: `arn:aws:sagemaker:<region>:<account>:<type>/<name>`, with the
 * region and account from SAGEMAKER_REGION and SAGEMAKER_ACCOUNT_ID, and names as they were created (a
 * model package is `model-package/<group>/<version>`).
 */
@Injectable()
export class Arns {
  private readonly prefix: string;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.prefix = `arn:aws:sagemaker:${config.SAGEMAKER_REGION}:${config.SAGEMAKER_ACCOUNT_ID}:`;
  }

  of(type: ArnType, name: string): string {
    return `${this.prefix}${type}/${name}`;
  }

  /** The name in an ARN of the given type, or the value itself when it is a plain name. */
  nameIn(type: ArnType, value: string): string {
    const marker = `:${type}/`;
    return value.startsWith('arn:') && value.includes(marker) ? value.slice(value.indexOf(marker) + marker.length) : value;
  }
}

/** AWS JSON timestamps are seconds since the epoch, as the SDKs parse them. */
export const epochSeconds = (iso: string) => (iso ? Date.parse(iso) / 1000 : undefined);

/** Checks an operation's input; unknown fields are allowed (and kept where the operation keeps them). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  return parseRequest(schema, input ?? {}, 'input');
}

/** A platform error for a missing resource, in the words and type SageMaker uses for it. */
export async function orMissing<T>(work: Promise<T>, type: string, message: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NotFound') throw new SageMakerError('NotFound', type, message);
    throw error;
  }
}

/** A creation whose name is taken: SageMaker answers ValidationException ("Cannot create already existing ..."). */
export async function orExisting<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'Conflict') throw new SageMakerError('Conflict', 'ValidationException', message);
    throw error;
  }
}

export const listInput = {
  MaxResults: z.number().int().min(1).max(100).optional(),
  NextToken: z.string().max(8192).optional(),
  NameContains: z.string().max(63).optional(),
  SortBy: z.string().optional(),
  SortOrder: z.enum(['Ascending', 'Descending']).optional(),
  CreationTimeAfter: z.number().optional(),
  CreationTimeBefore: z.number().optional(),
  StatusEquals: z.string().optional(),
};
export type ListInput = { [K in keyof typeof listInput]?: z.output<(typeof listInput)[K]> };

export interface Listed {
  name: string;
  createdAt: number;
  status?: string;
}

/**
 * One page of a List* answer: filtered by name, time and status, sorted (by creation time, newest
 * first, unless asked otherwise) and cut at MaxResults (10 by default, as SageMaker's). NextToken is
 * the position of the next page.
 */
export function page<T extends Listed>(items: T[], input: ListInput): { items: T[]; NextToken?: string } {
  const filtered = items.filter(
    (item) =>
      (!input.NameContains || item.name.toLowerCase().includes(input.NameContains.toLowerCase())) &&
      (input.CreationTimeAfter === undefined || item.createdAt > input.CreationTimeAfter) &&
      (input.CreationTimeBefore === undefined || item.createdAt < input.CreationTimeBefore) &&
      (!input.StatusEquals || item.status === input.StatusEquals),
  );
  const sortBy = input.SortBy ?? 'CreationTime';
  const key = (item: T): string | number => (sortBy === 'Name' ? item.name : sortBy === 'Status' ? (item.status ?? '') : item.createdAt);
  const direction = (input.SortOrder ?? 'Descending') === 'Ascending' ? 1 : -1;
  filtered.sort((a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : a.name.localeCompare(b.name)));
  const start = input.NextToken ? offsetOf(input.NextToken) : 0;
  const size = input.MaxResults ?? 10;
  const end = start + size;
  return { items: filtered.slice(start, end), ...(end < filtered.length ? { NextToken: tokenOf(end) } : {}) };
}

/** A page of jobs (anything with a spec's name, a creation time and a status), as `page` cuts it. */
export function pageOfJobs<J extends { spec: { name: string } | null; createdAt: string; status: string }>(
  jobs: J[],
  input: ListInput,
): { jobs: J[]; NextToken?: string } {
  const { items, NextToken } = page(
    jobs.map((job) => ({ name: job.spec!.name, createdAt: epochSeconds(job.createdAt)!, status: job.status, job })),
    input,
  );
  return { jobs: items.map((item) => item.job), ...(NextToken ? { NextToken } : {}) };
}

const tokenOf = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');

function offsetOf(token: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString()) as { offset: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // answered below
  }
  throw new AppError('InvalidRequest', 'NextToken is not a token this API gave');
}

export type FieldsKind =
  'model' | 'model-package' | 'endpoint-config' | 'endpoint' | 'transform-job' | 'training-job' | 'hyper-parameter-tuning-job';

/**
 * The fields SageMaker callers sent with a resource that the platform keeps without acting on them, so
 * that Describe* answers them back. They are tied to the resource's creation time: fields of an
 * earlier resource of the same name are not answered for a new one.
 */
@Injectable()
export class SageMakerFieldsStore {
  constructor(private readonly registry: RegistryConnection) {}

  async save(kind: FieldsKind, name: string, createdAt: string, fields: Record<string, unknown>, caller: Caller): Promise<void> {
    await this.registry.call(
      'SetSageMakerFields',
      { kind, name, resourceCreatedAt: createdAt, fieldsJson: JSON.stringify(fields) },
      caller,
    );
  }

  /** Kept fields by resource name, for the resources given as name and creation time. */
  async load(
    kind: FieldsKind,
    resources: { name: string; createdAt: string }[],
    caller: Caller,
  ): Promise<Map<string, Record<string, unknown>>> {
    if (resources.length === 0) return new Map();
    const { fields } = await this.registry.call('GetSageMakerFields', { kind, names: resources.map((r) => r.name) }, caller);
    const created = new Map(resources.map((r) => [r.name, r.createdAt]));
    return new Map(
      fields
        .filter((f) => created.get(f.name) === f.resourceCreatedAt)
        .map((f) => [f.name, JSON.parse(f.fieldsJson) as Record<string, unknown>]),
    );
  }

  async loadOne(kind: FieldsKind, name: string, createdAt: string, caller: Caller): Promise<Record<string, unknown>> {
    return (await this.load(kind, [{ name, createdAt }], caller)).get(name) ?? {};
  }
}

/** The input without the named fields: what is kept of it. */
export function without(input: unknown, ...names: string[]): Record<string, unknown> {
  const kept = { ...(input as Record<string, unknown>) };
  for (const name of names) delete kept[name];
  return kept;
}
