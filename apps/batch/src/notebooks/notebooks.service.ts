import { AppError, conflict, notFound } from '@modelserve/common';
import type { LifecycleConfig, NotebookInstance } from '@modelserve/contracts';
import type { LifecycleConfigRequest, NotebookInstanceRequest, NotebookInstanceUpdateRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { sha256Hex } from '@modelserve/auth';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { BATCH_CONFIG, type BatchConfig } from '../config';
import type { NotebookStatus } from '../database/schema';
import { GIB } from './instance-home';
import { InstanceKeys } from './instance-keys';
import { jupyterVersion } from './jupyter-server';
import { instanceDirectory, NotebookRunner } from './notebook-runner';
import { NotebooksRepository, type LifecycleConfigRow, type NotebookInstanceRow } from './notebooks.repository';

/** A sign-in token opens a session within this long, once (SageMaker's presigned URLs last 5 minutes). */
const SIGN_IN_VALID_MS = 5 * 60_000;

const STOPPED: NotebookStatus[] = ['Stopped', 'Failed'];

const newToken = () => randomBytes(32).toString('base64url');

/**
 * The notebook instance API: instances and lifecycle configurations are checked and recorded here and
 * run by whichever batch instance claims them; sign-in tokens and sessions let the gateway admit a
 * browser to an instance.
 */
@Injectable()
export class NotebooksService {
  private jupyter?: Promise<string | undefined>;

  constructor(
    @Inject(BATCH_CONFIG) private readonly config: BatchConfig,
    private readonly repository: NotebooksRepository,
    private readonly runner: NotebookRunner,
    private readonly keys: InstanceKeys,
  ) {}

  async create(request: NotebookInstanceRequest, creatorKeyId: string): Promise<NotebookInstance> {
    // Looked for once per process: installing Jupyter takes a restart to be seen.
    this.jupyter ??= jupyterVersion(this.config.NOTEBOOK_JUPYTER);
    if (!(await this.jupyter)) {
      throw conflict(
        `notebook instances need Jupyter Notebook, and "${this.config.NOTEBOOK_JUPYTER} notebook" does not run on the batch service's machine; install it (Debian: apt-get install jupyter-notebook python3-ipykernel) or set NOTEBOOK_JUPYTER, then restart the batch service`,
      );
    }
    if (request.lifecycleConfig) await this.repository.lifecycleConfig(request.lifecycleConfig);
    return view(await this.repository.insert({ ...request, creatorKeyId }));
  }

  async get(name: string): Promise<NotebookInstance> {
    return view(await this.repository.get(name));
  }

  async list(): Promise<NotebookInstance[]> {
    return (await this.repository.list()).map(view);
  }

  async start(name: string): Promise<NotebookInstance> {
    const current = await this.repository.get(name);
    if (current.status === 'Failed' && Number(current.volume_used_bytes) > current.volume_size_gb * GIB) {
      throw conflict(
        `notebook instance ${name} holds more than its volume of ${current.volume_size_gb} GB; raise volumeSizeGB (PATCH) before starting it`,
      );
    }
    const row = await this.repository.move(name, STOPPED, 'Pending', { failure_reason: '', status_message: 'Starting' });
    if (!row) throw notInState(current, 'start', 'a Stopped or Failed instance can be started');
    return view(row);
  }

  async stop(name: string): Promise<NotebookInstance> {
    const current = await this.repository.get(name);
    // Not claimed yet: nothing runs, so it is Stopped at once.
    const row =
      current.owner === null && current.status === 'Pending'
        ? await this.repository.move(name, ['Pending'], 'Stopped', { status_message: 'Stopped before it started' })
        : await this.repository.move(name, ['Pending', 'InService'], 'Stopping', { status_message: 'Stopping on request' });
    if (!row) throw notInState(current, 'stop', 'a Pending or InService instance can be stopped');
    this.runner.requestStop(name);
    return view(row);
  }

  /** Deletes a stopped instance, its working directory and its sessions. */
  async delete(name: string): Promise<NotebookInstance> {
    const current = await this.repository.get(name);
    const row = await this.repository.move(name, STOPPED, 'Deleting');
    if (!row) throw notInState(current, 'delete', 'stop it first');
    await rm(instanceDirectory(this.config.DATA_DIR, name), { recursive: true, force: true });
    await this.keys.revoke(row.instance_key_id);
    await this.repository.delete(name);
    return view(row);
  }

  /** Changes a stopped instance's settings (Updating while it does). */
  async update(name: string, update: NotebookInstanceUpdateRequest): Promise<NotebookInstance> {
    const current = await this.repository.get(name);
    if (!STOPPED.includes(current.status)) throw notInState(current, 'update', 'stop it first');
    if (update.lifecycleConfig) await this.repository.lifecycleConfig(update.lifecycleConfig);
    if (update.volumeSizeGB !== undefined && Number(current.volume_used_bytes) > update.volumeSizeGB * GIB) {
      throw conflict(
        `notebook instance ${name} holds ${(Number(current.volume_used_bytes) / GIB).toFixed(2)} GB, more than ${update.volumeSizeGB} GB`,
      );
    }
    const updating = await this.repository.move(name, STOPPED, 'Updating', {
      ...(update.volumeSizeGB !== undefined ? { volume_size_gb: update.volumeSizeGB } : {}),
      ...(update.lifecycleConfig !== undefined ? { lifecycle_config: update.lifecycleConfig } : {}),
      ...(update.idleShutdownMinutes !== undefined ? { idle_shutdown_minutes: update.idleShutdownMinutes } : {}),
      ...(update.environment !== undefined ? { environment: JSON.stringify(update.environment) } : {}),
    });
    if (!updating) throw notInState(await this.repository.get(name), 'update', 'stop it first');
    return view((await this.repository.move(name, ['Updating'], 'Stopped', { status_message: 'Updated' }))!);
  }

  async createLifecycleConfig(request: LifecycleConfigRequest): Promise<LifecycleConfig> {
    return lifecycleView(
      await this.repository.insertLifecycleConfig({ name: request.name, onCreate: request.onCreate ?? '', onStart: request.onStart ?? '' }),
    );
  }

  async updateLifecycleConfig(name: string, change: { onCreate?: string; onStart?: string }): Promise<LifecycleConfig> {
    return lifecycleView(await this.repository.updateLifecycleConfig(name, change));
  }

  async lifecycleConfig(name: string): Promise<LifecycleConfig> {
    return lifecycleView(await this.repository.lifecycleConfig(name));
  }

  async lifecycleConfigs(): Promise<LifecycleConfig[]> {
    return (await this.repository.lifecycleConfigs()).map(lifecycleView);
  }

  async deleteLifecycleConfig(name: string): Promise<LifecycleConfig> {
    return lifecycleView(await this.repository.deleteLifecycleConfig(name));
  }

  /** A single-use token that opens a session of `sessionSeconds` on the instance, within 5 minutes. */
  async createSignInToken(name: string, sessionSeconds: number) {
    await this.repository.get(name);
    const token = newToken();
    await this.repository.insertToken({
      hash: sha256Hex(token),
      instance: name,
      kind: 'sign-in',
      validMs: SIGN_IN_VALID_MS,
      sessionSeconds,
    });
    return { token, expiresAt: new Date(Date.now() + SIGN_IN_VALID_MS).toISOString() };
  }

  async openSession(name: string, signInToken: string) {
    const seconds = signInToken ? await this.repository.takeSignIn(name, sha256Hex(signInToken)) : undefined;
    if (seconds === undefined)
      throw notFound(`the sign-in link is not valid for notebook instance ${name}: it expired, was used, or is another's`);
    const token = newToken();
    await this.repository.insertToken({ hash: sha256Hex(token), instance: name, kind: 'session', validMs: seconds * 1000 });
    return { token, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() };
  }

  /** Where a session's requests go; NotFound for a session that is not live on this instance. */
  async resolveSession(name: string, sessionToken: string) {
    const expires = sessionToken ? await this.repository.sessionExpiry(name, sha256Hex(sessionToken)) : undefined;
    if (!expires) throw notFound(`no live session of notebook instance ${name}; open it again through a presigned URL`);
    const row = await this.repository.get(name);
    if (row.status !== 'InService' || !row.address) {
      throw new AppError('FailedPrecondition', `notebook instance ${name} is ${row.status}, not InService`);
    }
    return { address: row.address, jupyterToken: row.jupyter_token, sessionExpiresAt: expires.toISOString() };
  }
}

function notInState(row: NotebookInstanceRow, action: string, hint: string): AppError {
  return new AppError('FailedPrecondition', `notebook instance ${row.name} is ${row.status}, so it cannot ${action}; ${hint}`);
}

function view(row: NotebookInstanceRow): NotebookInstance {
  return {
    name: row.name,
    status: row.status,
    failureReason: row.failure_reason,
    statusMessage: row.status_message,
    volumeSizeGb: row.volume_size_gb,
    lifecycleConfig: row.lifecycle_config ?? '',
    idleShutdownMinutes: row.idle_shutdown_minutes ?? 0,
    environment: row.environment,
    creatorKeyId: row.creator_key_id,
    createdAt: row.created_at.toISOString(),
    lastModifiedAt: row.last_modified_at.toISOString(),
    volumeUsedBytes: Number(row.volume_used_bytes),
    instanceKeyId: row.instance_key_id,
  };
}

function lifecycleView(row: LifecycleConfigRow): LifecycleConfig {
  return {
    name: row.name,
    onCreate: row.on_create,
    onStart: row.on_start,
    createdAt: row.created_at.toISOString(),
    lastModifiedAt: row.last_modified_at.toISOString(),
  };
}
