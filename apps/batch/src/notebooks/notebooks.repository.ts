import { conflict, notFound } from '@modelserve/common';
import { isUniqueViolation } from '@modelserve/database';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Selectable, type Updateable } from 'kysely';
import { currentRuns, renewClaim } from '../database/claims';
import { databaseNowPlus } from '../database/clock';
import { DB, type Db, type NotebookInstancesTable, type NotebookLifecycleConfigsTable, type NotebookStatus } from '../database/schema';

export type NotebookInstanceRow = Selectable<NotebookInstancesTable>;
export type LifecycleConfigRow = Selectable<NotebookLifecycleConfigsTable>;

export interface NewNotebookInstance {
  name: string;
  volumeSizeGB: number;
  lifecycleConfig?: string;
  idleShutdownMinutes?: number;
  environment: Record<string, string>;
  creatorKeyId: string;
}

/** What a run leaves behind when it ends. */
export interface RunEnd {
  status: Extract<NotebookStatus, 'Stopped' | 'Failed'>;
  failureReason?: string;
  statusMessage: string;
}

/** The columns of a running server, cleared when its run ends. */
const NO_RUN = { owner: null, lease_expires_at: null, address: '', jupyter_token: '', run_id: null, instance_key_id: '' } as const;

/** Notebook instances, lifecycle configurations and sign-in sessions, in the batch service's tables. */
@Injectable()
export class NotebooksRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async insert(instance: NewNotebookInstance): Promise<NotebookInstanceRow> {
    try {
      return await this.db
        .insertInto('notebook_instances')
        .values({
          name: instance.name,
          volume_size_gb: instance.volumeSizeGB,
          lifecycle_config: instance.lifecycleConfig ?? null,
          idle_shutdown_minutes: instance.idleShutdownMinutes ?? null,
          environment: JSON.stringify(instance.environment),
          creator_key_id: instance.creatorKeyId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`notebook instance ${instance.name} already exists`);
      throw error;
    }
  }

  async get(name: string): Promise<NotebookInstanceRow> {
    const row = await this.db.selectFrom('notebook_instances').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`notebook instance ${name} does not exist`);
    return row;
  }

  list(): Promise<NotebookInstanceRow[]> {
    return this.db.selectFrom('notebook_instances').selectAll().orderBy('created_at', 'desc').execute();
  }

  /**
   * Moves an instance from one of `from` to `to`; the row as it is after, or undefined when the
   * instance was in none of `from` (the caller reports its actual status).
   */
  async move(
    name: string,
    from: readonly NotebookStatus[],
    to: NotebookStatus,
    extra: Updateable<NotebookInstancesTable> = {},
  ): Promise<NotebookInstanceRow | undefined> {
    return this.db
      .updateTable('notebook_instances')
      .set({ status: to, last_modified_at: sql<Date>`now()`, ...extra })
      .where('name', '=', name)
      .where('status', 'in', from)
      .returningAll()
      .executeTakeFirst();
  }

  async delete(name: string) {
    await this.db.deleteFrom('notebook_instances').where('name', '=', name).execute();
  }

  /**
   * Claims an instance to run for `owner`: one asked to start that nobody runs, one whose runner's
   * claim has lapsed (its server died with that service), or one this owner ran before a restart.
   * Instances running here are skipped. The claimed instance is Pending until its server answers.
   */
  async claim(owner: string, leaseMs: number, runningHere: readonly string[]): Promise<NotebookInstanceRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const candidate = await trx
        .selectFrom('notebook_instances')
        .select(['name', 'status'])
        .where('status', 'in', ['Pending', 'InService'])
        .where((eb) => eb.or([eb('owner', 'is', null), eb('owner', '=', owner), eb('lease_expires_at', '<', sql<Date>`now()`)]))
        .$if(runningHere.length > 0, (qb) => qb.where('name', 'not in', runningHere))
        .orderBy('last_modified_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!candidate) return undefined;
      return (
        trx
          .updateTable('notebook_instances')
          // The previous run's marker and key stay, for the new run to end and revoke.
          .set({
            status: 'Pending',
            address: '',
            jupyter_token: '',
            owner,
            lease_expires_at: databaseNowPlus(leaseMs),
            ...(candidate.status === 'InService' ? { status_message: 'Restarting: the batch service that ran it stopped' } : {}),
          })
          .where('name', '=', candidate.name)
          .returningAll()
          .executeTakeFirstOrThrow()
      );
    });
  }

  /** Renews the claim; the instance's status, or undefined when the claim was lost. */
  renew(name: string, owner: string, leaseMs: number): Promise<NotebookStatus | undefined> {
    return renewClaim<NotebookStatus>(this.db, 'notebook_instances', name, owner, leaseMs);
  }

  /** Records what a run is about to start, so that a later run can revoke its key and end its processes. */
  async recordRun(name: string, owner: string, run: { runId: string; instanceKeyId: string }) {
    await this.db
      .updateTable('notebook_instances')
      .set({ run_id: run.runId, instance_key_id: run.instanceKeyId })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /** Of these runs, those an instance still records as its current run. */
  currentRuns(runIds: readonly string[]): Promise<Set<string>> {
    return currentRuns(this.db, 'notebook_instances', runIds);
  }

  async createdDone(name: string, owner: string) {
    await this.db
      .updateTable('notebook_instances')
      .set({ created_done: true })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /** The server answers: InService, unless a stop was asked for meanwhile. */
  async inService(name: string, owner: string, server: { address: string; jupyterToken: string }): Promise<boolean> {
    const row = await this.db
      .updateTable('notebook_instances')
      .set({
        status: 'InService',
        address: server.address,
        jupyter_token: server.jupyterToken,
        failure_reason: '',
        status_message: sql<string>`case when status_message like 'Restarting%' then 'Restarted after the batch service that ran it stopped' else 'Started' end`,
        last_modified_at: sql<Date>`now()`,
      })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .where('status', '=', 'Pending')
      .returning('name')
      .executeTakeFirst();
    return row !== undefined;
  }

  async endRun(name: string, owner: string, end: RunEnd) {
    await this.db
      .updateTable('notebook_instances')
      .set({
        ...NO_RUN,
        status: end.status,
        failure_reason: end.failureReason ?? '',
        status_message: end.statusMessage,
        last_modified_at: sql<Date>`now()`,
      })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .execute();
  }

  /**
   * Instances asked to stop whose runner is gone (its claim lapsed): their servers died with it, so
   * they are Stopped. Returns their runs, whose keys are to be revoked and leftover processes ended.
   */
  async stopAbandoned(): Promise<{ name: string; runId: string | null; instanceKeyId: string }[]> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('notebook_instances')
        .select(['name', 'run_id', 'instance_key_id'])
        .where('status', '=', 'Stopping')
        .where((eb) => eb.or([eb('owner', 'is', null), eb('lease_expires_at', '<', sql<Date>`now()`)]))
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length === 0) return [];
      await trx
        .updateTable('notebook_instances')
        .set({
          ...NO_RUN,
          status: 'Stopped',
          status_message: 'Stopped (the batch service that ran it had stopped)',
          last_modified_at: sql<Date>`now()`,
        })
        .where(
          'name',
          'in',
          rows.map((r) => r.name),
        )
        .execute();
      return rows.map((r) => ({ name: r.name, runId: r.run_id, instanceKeyId: r.instance_key_id }));
    });
  }

  async setVolumeUsed(name: string, bytes: number) {
    await this.db.updateTable('notebook_instances').set({ volume_used_bytes: bytes }).where('name', '=', name).execute();
  }

  // Lifecycle configurations.

  async insertLifecycleConfig(config: { name: string; onCreate: string; onStart: string }): Promise<LifecycleConfigRow> {
    try {
      return await this.db
        .insertInto('notebook_lifecycle_configs')
        .values({ name: config.name, on_create: config.onCreate, on_start: config.onStart })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`lifecycle configuration ${config.name} already exists`);
      throw error;
    }
  }

  async updateLifecycleConfig(name: string, change: { onCreate?: string; onStart?: string }): Promise<LifecycleConfigRow> {
    const row = await this.db
      .updateTable('notebook_lifecycle_configs')
      .set({
        ...(change.onCreate !== undefined ? { on_create: change.onCreate } : {}),
        ...(change.onStart !== undefined ? { on_start: change.onStart } : {}),
        last_modified_at: sql<Date>`now()`,
      })
      .where('name', '=', name)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound(`lifecycle configuration ${name} does not exist`);
    return row;
  }

  async lifecycleConfig(name: string): Promise<LifecycleConfigRow> {
    const row = await this.db.selectFrom('notebook_lifecycle_configs').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound(`lifecycle configuration ${name} does not exist`);
    return row;
  }

  lifecycleConfigs(): Promise<LifecycleConfigRow[]> {
    return this.db.selectFrom('notebook_lifecycle_configs').selectAll().orderBy('name').execute();
  }

  /** Deletes a configuration no instance uses. */
  async deleteLifecycleConfig(name: string): Promise<LifecycleConfigRow> {
    return this.db.transaction().execute(async (trx) => {
      const users = await trx.selectFrom('notebook_instances').select('name').where('lifecycle_config', '=', name).execute();
      if (users.length > 0) {
        throw conflict(`lifecycle configuration ${name} is used by ${users.map((u) => u.name).join(', ')}; change or delete them first`);
      }
      const row = await trx.deleteFrom('notebook_lifecycle_configs').where('name', '=', name).returningAll().executeTakeFirst();
      if (!row) throw notFound(`lifecycle configuration ${name} does not exist`);
      return row;
    });
  }

  // Sign-in tokens and sessions, by the SHA-256 of their secret.

  async insertToken(token: { hash: string; instance: string; kind: 'sign-in' | 'session'; validMs: number; sessionSeconds?: number }) {
    await this.db
      .insertInto('notebook_sessions')
      .values({
        token_hash: token.hash,
        instance: token.instance,
        kind: token.kind,
        session_seconds: token.sessionSeconds ?? 0,
        expires_at: databaseNowPlus(token.validMs),
      })
      .execute();
  }

  /** Uses up a live sign-in token of `instance`: how long the session it opens lasts, or undefined. */
  async takeSignIn(instance: string, hash: string): Promise<number | undefined> {
    const row = await this.db
      .deleteFrom('notebook_sessions')
      .where('token_hash', '=', hash)
      .where('instance', '=', instance)
      .where('kind', '=', 'sign-in')
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('session_seconds')
      .executeTakeFirst();
    return row?.session_seconds;
  }

  /** When a live session of `instance` expires, or undefined. */
  async sessionExpiry(instance: string, hash: string): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('notebook_sessions')
      .select('expires_at')
      .where('token_hash', '=', hash)
      .where('instance', '=', instance)
      .where('kind', '=', 'session')
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    return row?.expires_at;
  }

  async deleteExpiredTokens() {
    await this.db
      .deleteFrom('notebook_sessions')
      .where('expires_at', '<', sql<Date>`now()`)
      .execute();
  }
}
