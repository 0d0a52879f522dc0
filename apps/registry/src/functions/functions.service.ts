import { AppError, conflict, invalidRequest, notFound, type Logger } from '@modelserve/common';
import type { FunctionSettings } from '@modelserve/schemas';
import { ObjectStore, parseS3Uri, readAll, readArchive, StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { REGISTRY_LOGGER } from '../config';
import {
  FunctionsRepository,
  LATEST,
  type FunctionAliasRow,
  type FunctionVersionRow,
  type LogEntryRow,
  type NewFunctionVersion,
} from './functions.repository';

/** Lambda's limit for an archive sent with the request; the same for one named in storage. */
export const MAX_CODE_BYTES = 50 * 1024 * 1024;
/** Log entries kept per function; older ones are dropped as new ones arrive. */
const LOG_ENTRIES_KEPT = 10_000;

/** A function's code: an archive in the request, or one in object storage. */
export type CodeSource = { archive: Buffer } | { s3Uri: string };

export interface FunctionDetail {
  config: FunctionVersionRow;
  versions: FunctionVersionRow[];
  aliases: FunctionAliasRow[];
}

const versionLabel = (version: number) => (version === LATEST ? '$LATEST' : String(version));

/**
 * Functions: their settings and code, published versions and aliases, and their logs. Code is checked
 * when it arrives (a zip or tar.gz that unpacks safely and holds the handler's file) and kept in object
 * storage by its SHA-256, which gateways fetch it by.
 */
@Injectable()
export class FunctionsService {
  private appendsSinceTrim = 0;

  constructor(
    private readonly functions: FunctionsRepository,
    private readonly store: ObjectStore,
    private readonly allowList: StorageAllowList,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  async create(name: string, settings: FunctionSettings, code: CodeSource): Promise<FunctionVersionRow> {
    if (await this.functions.version(name, LATEST)) throw conflict(`function ${name} already exists`);
    const stored = await this.storeCode(name, settings.handler, code);
    const row = this.row(name, settings, stored);
    if (!(await this.functions.insertLatest(row))) throw conflict(`function ${name} already exists`);
    return (await this.functions.version(name, LATEST))!;
  }

  /** New settings for $LATEST (those the request names; the rest stay), and new code when it carries some. */
  async update(name: string, settings: Partial<FunctionSettings>, code: CodeSource | undefined): Promise<FunctionVersionRow> {
    const current = await this.latest(name);
    const merged: FunctionSettings = {
      runtime: (settings.runtime ?? current.runtime) as FunctionSettings['runtime'],
      handler: settings.handler ?? current.handler,
      timeoutSeconds: settings.timeoutSeconds ?? current.timeout_seconds,
      memoryMB: settings.memoryMB ?? current.memory_mb,
      environment: settings.environment ?? current.environment,
      allowedEndpoints: settings.allowedEndpoints ?? current.allowed_endpoints,
      description: settings.description ?? current.description,
      maxConcurrency: settings.maxConcurrency ?? current.max_concurrency ?? undefined,
    };
    const stored = code
      ? await this.storeCode(name, merged.handler, code)
      : settings.handler && settings.handler !== current.handler
        ? await this.checkStoredHandler(current, merged.handler)
        : { sha256: current.code_sha256, size: Number(current.code_size), key: current.code_key };
    await this.functions.updateLatest(this.row(name, merged, stored));
    return this.latest(name);
  }

  async latest(name: string): Promise<FunctionVersionRow> {
    const row = await this.functions.version(name, LATEST);
    if (!row) throw notFound(`function ${name} does not exist`);
    return row;
  }

  /** The function at a qualifier: $LATEST (or none), a version number or an alias. */
  async get(name: string, qualifier = ''): Promise<FunctionDetail> {
    const latest = await this.latest(name);
    let config = latest;
    if (qualifier && qualifier !== '$LATEST') {
      const version = /^\d+$/.test(qualifier) ? Number(qualifier) : (await this.functions.alias(name, qualifier))?.version;
      const row = version !== undefined ? await this.functions.version(name, version) : undefined;
      if (!row) throw notFound(`function ${name} has no version or alias ${qualifier}`);
      config = row;
    }
    const [versions, aliases] = await Promise.all([this.functions.versions(name), this.functions.aliases(name)]);
    return { config, versions, aliases };
  }

  list(): Promise<FunctionVersionRow[]> {
    return this.functions.latestOfAll();
  }

  async delete(name: string): Promise<FunctionVersionRow> {
    const latest = await this.latest(name);
    const removed = await this.functions.delete(name);
    for (const key of new Set(removed.map((row) => row.code_key))) {
      if (await this.functions.codeInUse(key)) continue;
      await this.store
        .remove(this.store.location(key))
        .catch((error: unknown) => this.logger.warn({ err: error, key }, 'function code not removed'));
    }
    return latest;
  }

  async publish(name: string, description: string): Promise<FunctionVersionRow> {
    const version = await this.functions.publish(name, description);
    if (!version) throw notFound(`function ${name} does not exist`);
    return version;
  }

  async putAlias(alias: FunctionAliasRow): Promise<FunctionAliasRow> {
    await this.latest(alias.function);
    if (alias.version === LATEST || !(await this.functions.version(alias.function, alias.version))) {
      throw invalidRequest(`function ${alias.function} has no published version ${alias.version}`);
    }
    await this.functions.putAlias(alias);
    return alias;
  }

  async deleteAlias(name: string, alias: string): Promise<FunctionAliasRow> {
    const removed = await this.functions.deleteAlias(name, alias);
    if (!removed) throw notFound(`function ${name} has no alias ${alias}`);
    return removed;
  }

  /** The archive of a version's code, by its SHA-256. */
  async code(name: string, sha256: string): Promise<Buffer> {
    const version = (await this.functions.versions(name)).find((row) => row.code_sha256 === sha256);
    if (!version) throw notFound(`function ${name} has no code ${sha256}`);
    const bytes = await readAll(await this.store.read(this.store.location(version.code_key)), MAX_CODE_BYTES);
    if (!bytes) throw new AppError('Internal', `the code of function ${name} is larger than it was when stored`);
    return bytes;
  }

  async appendLogs(entries: readonly Omit<LogEntryRow, 'id'>[]): Promise<void> {
    await this.functions.appendLogs(entries);
    this.appendsSinceTrim += entries.length;
    if (this.appendsSinceTrim > 1000) {
      this.appendsSinceTrim = 0;
      await this.functions
        .trimLogs(LOG_ENTRIES_KEPT)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'function logs not trimmed'));
    }
  }

  async logs(name: string, options: { limit: number; afterId?: number; requestId?: string }): Promise<LogEntryRow[]> {
    await this.latest(name);
    return this.functions.logs(name, options);
  }

  private row(name: string, settings: FunctionSettings, code: { sha256: string; size: number; key: string }): NewFunctionVersion {
    return {
      function: name,
      version: LATEST,
      runtime: settings.runtime,
      handler: settings.handler,
      timeout_seconds: settings.timeoutSeconds,
      memory_mb: settings.memoryMB,
      environment: settings.environment,
      allowed_endpoints: settings.allowedEndpoints,
      description: settings.description,
      max_concurrency: settings.maxConcurrency ?? null,
      code_sha256: code.sha256,
      code_size: code.size,
      code_key: code.key,
    };
  }

  /** Checks an archive and keeps it in storage under its SHA-256. */
  private async storeCode(name: string, handler: string, code: CodeSource): Promise<{ sha256: string; size: number; key: string }> {
    const archive = 'archive' in code ? code.archive : await this.readFromStorage(code.s3Uri);
    if (archive.length > MAX_CODE_BYTES) throw new AppError('PayloadTooLarge', `the code archive is larger than ${MAX_CODE_BYTES} bytes`);
    await checkHandler(archive, handler);
    const sha256 = createHash('sha256').update(archive).digest('hex');
    const key = `functions/${name}/${sha256}`;
    await this.store.uploadStream(this.store.location(key), archive, archive.length);
    return { sha256, size: archive.length, key };
  }

  private async checkStoredHandler(current: FunctionVersionRow, handler: string) {
    await checkHandler(await this.code(current.function, current.code_sha256), handler);
    return { sha256: current.code_sha256, size: Number(current.code_size), key: current.code_key };
  }

  private async readFromStorage(uri: string): Promise<Buffer> {
    const location = parseS3Uri(uri);
    if (!location) throw invalidRequest(`code.s3Uri ${JSON.stringify(uri)} is not s3://bucket/key`);
    this.allowList.check('code.s3Uri', uri);
    const size = await this.store.sizeOf(location).catch(() => undefined);
    if (size === undefined) throw invalidRequest(`code.s3Uri ${uri} does not name an existing object`);
    if (size > MAX_CODE_BYTES) throw new AppError('PayloadTooLarge', `the code archive is larger than ${MAX_CODE_BYTES} bytes`);
    return (await readAll(await this.store.read(location), MAX_CODE_BYTES))!;
  }
}

/** The file a handler names: `dir/index.handler` is dir/index.js, .mjs or .cjs. */
export const HANDLER_EXTENSIONS = ['.js', '.cjs', '.mjs'];

async function checkHandler(archive: Buffer, handler: string): Promise<void> {
  const files = await readArchive(archive);
  const module = handler.slice(0, handler.lastIndexOf('.'));
  if (!HANDLER_EXTENSIONS.some((extension) => files.has(module + extension))) {
    throw invalidRequest(
      `the handler ${handler} needs ${module}.js (or .mjs, .cjs) in the archive, which holds ${[...files.keys()].slice(0, 10).join(', ') || 'no files'}`,
    );
  }
}

export { versionLabel };
