import type { Logger } from '@modelserve/common';
import { formatS3Uri, ObjectStore } from '@modelserve/storage';
import { Inject, Injectable } from '@nestjs/common';
import { readdir, rm } from 'node:fs/promises';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import { ModelsRepository } from './models.repository';
import { ARTIFACTS_PREFIX, stagingDirectory } from './models.service';

/**
 * Cleans up after uploads that did not finish: staged files left on disk by a registry that died
 * mid-upload (at start, as the staging directory is this registry's alone), and artifacts stored for
 * a version that was never recorded, or whose versions were all deleted. An artifact is removed only
 * once it is older than ARTIFACT_SWEEP_GRACE_MS, so an upload in flight on another registry keeps its object.
 */
@Injectable()
export class ArtifactJanitor {
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;

  constructor(
    private readonly models: ModelsRepository,
    private readonly store: ObjectStore,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.clearStaging();
    const sweep = () => {
      this.sweeping ??= this.sweepArtifacts()
        .then(
          () => undefined,
          (error: unknown) => this.logger.warn({ err: error }, 'the sweep for unreferenced artifacts failed; it runs again later'),
        )
        .finally(() => (this.sweeping = undefined));
    };
    sweep();
    this.timer = setInterval(sweep, this.config.ARTIFACT_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  private async clearStaging() {
    const directory = stagingDirectory(this.config);
    const files = await readdir(directory).catch(() => [] as string[]);
    await Promise.all(files.map((file) => rm(`${directory}/${file}`, { force: true, recursive: true })));
    if (files.length) this.logger.info({ files: files.length }, 'removed staged files of uploads that did not finish');
  }

  /** Deletes artifacts that no version references, once past the grace period; answers how many. */
  async sweepArtifacts(): Promise<number> {
    const bucket = this.store.bucket;
    const cutoff = Date.now() - this.config.ARTIFACT_SWEEP_GRACE_MS;
    const candidates: string[] = [];
    for await (const item of this.store.client.listObjectsV2(bucket, ARTIFACTS_PREFIX, true)) {
      const object = item as { name?: string; lastModified?: Date };
      if (object.name && object.lastModified && object.lastModified.getTime() <= cutoff) candidates.push(object.name);
    }
    if (!candidates.length) return 0;
    // Read after listing: a version recorded in between is seen, and its artifact kept.
    const referenced = await this.models.artifactUris();
    const orphans = candidates.filter((key) => !referenced.has(formatS3Uri({ bucket, key })));
    for (const key of orphans) await this.store.remove({ bucket, key });
    if (orphans.length) this.logger.info({ artifacts: orphans.length }, 'removed artifacts that no version references');
    return orphans.length;
  }
}
