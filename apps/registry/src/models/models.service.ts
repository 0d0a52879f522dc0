import { AppError, conflict, ERROR_CODES, invalidRequest, notFound, workspaceRoot, type ErrorCode, type Logger } from '@modelserve/common';
import type { CreateModelRequest, RegisterVersionRequest, TrainingLineage, UpdateVersionRequest } from '@modelserve/schemas';
import { formatS3Uri, ObjectStore, parseS3Uri, StorageAllowList } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import { ModelsRepository, type Model, type NewVersion, type VersionRecord } from './models.repository';
import type { BatchSupportFinding } from './batch-support';
import type { ValidatedModel, ValidationReport } from './model-validator';
import { execFile } from 'node:child_process';

/** Where artifacts are stored in the platform's bucket: `models/<model>/<sha256>.onnx`. */
export const ARTIFACTS_PREFIX = 'models/';

/** Uploads are staged here before validation; a registry's own, under its DATA_DIR. */
export const stagingDirectory = (config: Pick<RegistryConfig, 'DATA_DIR'>) => join(config.DATA_DIR, 'registry-staging');

/** Bytes of an incoming model file, as they arrive. */
export type Chunks = AsyncIterable<Buffer>;

/**
 * Models, their versions and aliases. Requests arrive checked against their schemas in
 * @modelserve/schemas; what is left here are the rules that need the stored state.
 */
@Injectable()
export class ModelsService {
  private readonly stagingDir: string;

  constructor(
    private readonly models: ModelsRepository,
    private readonly store: ObjectStore,
    private readonly allowList: StorageAllowList,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {
    this.stagingDir = stagingDirectory(config);
  }

  async create({ name, description }: CreateModelRequest): Promise<Model> {
    const model = await this.models.create(name, description);
    if (!model) throw conflict(`model ${name} already exists`);
    this.logger.info({ model: name }, 'model created');
    return model;
  }

  async get(name: string): Promise<Model> {
    const model = await this.models.find(name);
    if (!model) throw notFound(`model ${name} does not exist`);
    return model;
  }

  list() {
    return this.models.list();
  }

  async getVersion(name: string, version: number): Promise<VersionRecord> {
    return this.versionOf(await this.get(name), version);
  }

  private async versionOf(model: Model, version: number): Promise<VersionRecord> {
    const found = await this.models.findVersion(model, version);
    if (!found) throw notFound(`model ${model.name} has no version ${version}`);
    return found;
  }

  async listVersions(name: string) {
    return this.models.listVersions(await this.get(name));
  }

  async updateVersion(name: string, version: number, changes: UpdateVersionRequest): Promise<VersionRecord> {
    const model = await this.get(name);
    const current = await this.versionOf(model, version);
    const quality = changes.quality;
    for (const output of [quality?.labelOutput, quality?.scoreOutput]) {
      if (output !== undefined && !current.outputs.some((o) => o.name === output)) {
        throw invalidRequest(
          `quality: version ${version} has no output "${output}"; it has ${current.outputs.map((o) => `"${o.name}"`).join(', ')}`,
        );
      }
    }
    await this.models.updateVersionMetadata(model, version, changes);
    this.logger.info({ model: name, version, ...changes }, 'model version updated');
    return this.versionOf(model, version);
  }

  /** Deletes a version that no endpoint config and no alias uses. Its artifact stays in storage. */
  /** Deletes a model with its versions and aliases; refused while an endpoint config uses one of its versions. */
  async delete(name: string): Promise<Model> {
    const model = await this.get(name);
    const configs = await this.models.configsUsingModel(model);
    if (configs.length) throw new AppError('Conflict', `model ${name} is used by endpoint config ${configs.join(', ')}`);
    await this.models.deleteModel(model);
    this.logger.info({ model: name }, 'model deleted');
    return model;
  }

  async deleteVersion(name: string, version: number): Promise<VersionRecord> {
    const model = await this.get(name);
    const record = await this.versionOf(model, version);
    const configs = await this.models.configsUsing(model, version);
    if (configs.length) throw new AppError('Conflict', `version ${version} of ${name} is used by endpoint config ${configs.join(', ')}`);
    if (record.aliases.length)
      throw new AppError('Conflict', `version ${version} of ${name} is aliased as ${record.aliases.join(', ')}; move the alias first`);
    await this.models.deleteVersion(model, version);
    this.logger.info({ model: name, version }, 'model version deleted');
    return record;
  }

  async setAlias(name: string, alias: string, version: number): Promise<VersionRecord> {
    const model = await this.get(name);
    await this.versionOf(model, version);
    await this.models.setAlias(model, alias, version);
    this.logger.info({ model: name, alias, version }, 'alias set');
    return this.versionOf(model, version);
  }

  async deleteAlias(name: string, alias: string): Promise<void> {
    if (!(await this.models.deleteAlias(await this.get(name), alias))) throw notFound(`model ${name} has no alias ${alias}`);
  }

  /** The version a variant names: its number, or what its alias points at now. */
  async resolveVersion(name: string, { version, alias }: { version?: number; alias?: string }): Promise<VersionRecord> {
    if (version !== undefined) return this.getVersion(name, version);
    if (alias === undefined) throw invalidRequest(`name a version of ${name} by number or by alias`);
    const model = await this.get(name);
    const resolved = await this.models.versionOfAlias(model, alias);
    if (resolved === undefined) throw notFound(`model ${name} has no alias ${alias}`);
    return this.versionOf(model, resolved);
  }

  /** A new version from uploaded bytes: staged on disk, validated, stored by content, then recorded. */
  async uploadVersion(name: string, chunks: Chunks, maxBytes: number): Promise<VersionRecord> {
    const model = await this.get(name);
    const limit = Math.min(maxBytes > 0 ? maxBytes : Infinity, this.config.MODEL_MAX_BYTES);
    return this.withStagedFile(async (path) => {
      await writeLimited(chunks, path, limit);
      return this.createVersion(model, path);
    });
  }

  /** A new version from an object already in storage; it is copied so the version stays immutable. */
  async registerVersion(name: string, request: RegisterVersionRequest, lineage?: TrainingLineage): Promise<VersionRecord> {
    const { artifactUri, description, tags } = request;
    const model = await this.get(name);
    const source = parseS3Uri(artifactUri);
    if (!source) throw invalidRequest(`artifactUri ${JSON.stringify(artifactUri)} is not s3://bucket/key`);
    this.allowList.check('artifactUri', artifactUri);
    const size = await this.store.sizeOf(source).catch(() => undefined);
    if (size === undefined) throw invalidRequest(`artifactUri ${artifactUri} does not name an existing object`);
    if (size > this.config.MODEL_MAX_BYTES)
      throw new AppError('PayloadTooLarge', `the model is ${size} bytes; the limit is ${this.config.MODEL_MAX_BYTES}`);
    return this.withStagedFile(async (path) => {
      await this.store.downloadToFile(source, path);
      return this.createVersion(model, path, { description, tags, lineage });
    });
  }

  private async withStagedFile<T>(work: (path: string) => Promise<T>): Promise<T> {
    await mkdir(this.stagingDir, { recursive: true });
    const path = join(this.stagingDir, `${randomUUID()}.onnx`);
    try {
      return await work(path);
    } finally {
      await rm(path, { force: true });
    }
  }

  private async createVersion(
    model: Model,
    path: string,
    metadata: Pick<NewVersion, 'description' | 'tags' | 'lineage'> = {},
  ): Promise<VersionRecord> {
    const bytes = await readFile(path);
    if (bytes.length === 0) throw new AppError('InvalidModel', 'the model file is empty');
    const prepared = await validateInChild(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Content-addressed, so the object exists before its version row and a retry never overwrites another version.
    const location = this.store.location(`${ARTIFACTS_PREFIX}${model.name}/${sha256}.onnx`);
    await this.store.ensureBucket();
    await this.store.uploadFile(location, path);
    const version = await this.models.insertVersion(model, {
      artifactUri: formatS3Uri(location),
      sha256,
      sizeBytes: bytes.length,
      inputs: prepared.inputs,
      outputs: prepared.outputs,
      batchSupport: prepared.batchSupport,
      ...metadata,
    });
    this.logger.info(
      { model: model.name, version: version.version, sha256, rewritten: prepared.rewritten, batchSupport: prepared.batchSupport.support },
      'model version created',
    );
    return version;
  }

  /**
   * Whether concurrent requests to a version can share a run. Versions uploaded before the upload
   * check existed are checked now, once, from their artifact.
   */
  async batchSupportOf(version: VersionRecord): Promise<BatchSupportFinding> {
    if (version.batchSupport) return version.batchSupport;
    const location = parseS3Uri(version.artifactUri);
    if (!location) return { support: 'Unsupported', detail: 'the artifact cannot be read' };
    const finding = await this.withStagedFile(async (path) => {
      await this.store.downloadToFile(location, path);
      return (await validateInChild(path)).batchSupport;
    });
    await this.models.setBatchSupport(await this.get(version.model), version.version, finding);
    return finding;
  }
}

/** The validation script, built beside this file (or, when this file runs from its TypeScript source in tests, in dist/). */
function validatorScript(): string {
  const beside = join(__dirname, 'validate-model.js');
  return existsSync(beside) ? beside : join(workspaceRoot(), 'dist/apps/registry/src/models/validate-model.js');
}

/** Longest a validation may take: opening a large model and running its sample rows. */
const VALIDATION_TIMEOUT_MS = 10 * 60_000;

/**
 * Validates a staged model file in a child process (validate-model.ts): onnxruntime opens it there,
 * so its memory goes when the check ends, and a file that crashes onnxruntime takes down the check,
 * not the registry.
 */
function validateInChild(path: string): Promise<Omit<ValidatedModel, 'bytes'>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [validatorScript(), path],
      { timeout: VALIDATION_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        let report: ValidationReport | undefined;
        try {
          report = JSON.parse(stdout) as ValidationReport;
        } catch {
          report = undefined;
        }
        if (!report) {
          const how = error?.signal ? `was killed by ${error.signal}` : `failed (${error?.message ?? 'no report'})`;
          reject(new AppError('InvalidModel', `validating the model ${how}; onnxruntime cannot load it`));
        } else if (!report.ok) {
          reject(new AppError(report.code in ERROR_CODES ? (report.code as ErrorCode) : 'InvalidModel', report.message));
        } else {
          resolve(report);
        }
      },
    );
  });
}

async function writeLimited(chunks: Chunks, path: string, limit: number): Promise<void> {
  const file = createWriteStream(path);
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > limit) throw new AppError('PayloadTooLarge', `the model file is larger than the limit of ${limit} bytes`);
      if (!file.write(chunk)) await once(file, 'drain');
    }
  } finally {
    file.end();
    await once(file, 'close');
  }
}
