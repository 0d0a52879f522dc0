import { AppError, invalidRequest } from '@modelserve/common';
import { ObjectStore, storageErrorCode, type ObjectLocation } from '@modelserve/storage';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';

/**
 * Moving a training job's files between storage and its directories: channels and code in,
 * checkpoints both ways, model and output archives out.
 */

/** s3://bucket[/prefix] as a bucket and a key prefix without a trailing slash ('' for the whole bucket). */
export function prefixLocation(uri: string): ObjectLocation {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match) throw invalidRequest(`${uri} is not s3://bucket/prefix`);
  return { bucket: match[1], key: match[2].replace(/\/+$/, '') };
}

export interface StoredObject {
  key: string;
  size: number;
  lastModified?: Date;
}

/**
 * The objects a prefix URI names: the object itself when the URI names one, else every object under
 * `prefix/` (S3 prefixes, as SageMaker reads channels). Empty for a missing bucket.
 */
export async function objectsAt(store: ObjectStore, uri: string): Promise<StoredObject[]> {
  const { bucket, key } = prefixLocation(uri);
  const objects: StoredObject[] = [];
  try {
    for await (const item of store.client.listObjectsV2(bucket, key, true)) {
      const { name, size, lastModified } = item as { name?: string; size?: number; lastModified?: Date };
      if (!name || name.endsWith('/')) continue;
      if (key === '' || name === key || name.startsWith(`${key}/`)) objects.push({ key: name, size: size ?? 0, lastModified });
    }
  } catch (error) {
    if (storageErrorCode(error) === 'NoSuchBucket') return [];
    throw error;
  }
  return objects.sort((a, b) => a.key.localeCompare(b.key));
}

/** Where an object of a prefix lands below `dir`; refuses keys that would leave it. */
function localPath(dir: string, prefix: string, key: string): string {
  const name = key === prefix ? key.slice(key.lastIndexOf('/') + 1) : key.slice(prefix ? prefix.length + 1 : 0);
  const path = resolve(dir, name);
  if (!path.startsWith(resolve(dir) + sep)) throw new AppError('InvalidRequest', `the object key ${key} does not map to a file name`);
  return path;
}

/** Downloads what `uri` names into `dir`, keeping the key structure below the prefix. */
export async function downloadAll(store: ObjectStore, uri: string, objects: readonly StoredObject[], dir: string) {
  const { bucket, key: prefix } = prefixLocation(uri);
  await mkdir(dir, { recursive: true });
  for (const object of objects) {
    const path = localPath(dir, prefix, object.key);
    await mkdir(dirname(path), { recursive: true });
    await store.downloadToFile({ bucket, key: object.key }, path);
  }
}

export const isArchive = (key: string) => /\.(tar\.gz|tgz)$/.test(key);

/** Unpacks a code archive into `dir`; entries that would land outside it are refused by node-tar. */
export async function unpack(archive: string, dir: string) {
  await mkdir(dir, { recursive: true });
  await tar.x({ file: archive, cwd: dir, strict: true, preservePaths: false });
}

/** An empty tar archive (two zero blocks), gzipped: what an empty directory packs to. */
const EMPTY_ARCHIVE = gzipSync(Buffer.alloc(1024));

/** Packs the contents of `dir` (entries at the archive's top level, as SageMaker's model.tar.gz) into `file`. */
export async function pack(dir: string, file: string) {
  const entries = await readdir(dir).catch(() => [] as string[]);
  if (entries.length === 0) return writeFile(file, EMPTY_ARCHIVE);
  await tar.c({ gzip: true, file, cwd: dir, portable: true }, entries);
}

/** Every file below `dir`, as paths relative to it. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * A job's checkpoint directory kept in step with its checkpoint URI: restored before the code starts,
 * and new or changed files uploaded while it runs and when it ends, so that a job whose service died
 * carries on from its last checkpoint.
 */
export class CheckpointSync {
  private readonly uploaded = new Map<string, string>();
  private readonly location: ObjectLocation;
  private running?: Promise<void>;

  constructor(
    private readonly store: ObjectStore,
    uri: string,
    private readonly dir: string,
  ) {
    this.location = prefixLocation(uri);
  }

  /** Downloads the stored checkpoints; the number of files restored. */
  async restore(): Promise<number> {
    const objects = await objectsAt(this.store, formatPrefix(this.location));
    await downloadAll(this.store, formatPrefix(this.location), objects, this.dir);
    for (const file of await filesBelow(this.dir)) this.uploaded.set(file, await this.version(file));
    return objects.length;
  }

  /** Uploads what changed since the last sync; one sync at a time. */
  sync(): Promise<void> {
    this.running ??= this.upload().finally(() => (this.running = undefined));
    return this.running;
  }

  private async upload() {
    await this.store.ensureBucket(this.location.bucket);
    for (const file of await filesBelow(this.dir)) {
      const version = await this.version(file).catch(() => undefined);
      if (version === undefined || this.uploaded.get(file) === version) continue;
      const key = [this.location.key, file.split(sep).join('/')].filter(Boolean).join('/');
      const path = join(this.dir, file);
      const { size } = await stat(path);
      await this.store.uploadStream({ bucket: this.location.bucket, key }, createReadStream(path), size);
      this.uploaded.set(file, version);
    }
  }

  private async version(file: string): Promise<string> {
    const { size, mtimeMs } = await stat(join(this.dir, file));
    return `${size}:${mtimeMs}`;
  }
}

const formatPrefix = ({ bucket, key }: ObjectLocation) => `s3://${bucket}/${key}`;

export const removeDirectory = (dir: string) => rm(dir, { recursive: true, force: true });
