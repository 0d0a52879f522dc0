import { AppError } from '@modelserve/common';
import { ObjectStore, parseS3Uri } from '@modelserve/storage';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Model files on local disk, named by their sha256. A file is fetched from storage once, checked
 * against the sha256 the registry recorded, and reused by every later load of the same bytes.
 */
export class ArtifactCache {
  constructor(
    private readonly store: ObjectStore,
    private readonly directory: string,
  ) {}

  async bytesOf(artifactUri: string, sha256: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('InvalidRequest', `sha256 "${sha256}" is not a hex digest`);
    const path = join(this.directory, `${sha256}.onnx`);
    const cached = await readFile(path).catch(() => undefined);
    if (cached && sha256Of(cached) === sha256) return cached;

    const location = parseS3Uri(artifactUri);
    if (!location) throw new AppError('InvalidRequest', `artifact URI ${artifactUri} is not s3://bucket/key`);
    await mkdir(this.directory, { recursive: true });
    // Download beside the final name and rename, so a crash never leaves a partial file under it.
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await this.store.downloadToFile(location, partial);
      const bytes = await readFile(partial);
      const actual = sha256Of(bytes);
      if (actual !== sha256) {
        throw new AppError('InvalidModel', `artifact ${artifactUri} has sha256 ${actual}, expected ${sha256}`);
      }
      await rename(partial, path);
      return bytes;
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'NoSuchKey' || code === 'NotFound' || code === 'NoSuchBucket') {
        throw new AppError('NotFound', `artifact ${artifactUri} does not exist`);
      }
      throw error;
    } finally {
      await rm(partial, { force: true });
    }
  }
}
