import * as Minio from 'minio';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { isSafeKey } from './keys';

export { isSafeKey };
export { StorageAllowList } from './allow-list';
export { readArchive, DEFAULT_ARCHIVE_LIMITS, type ArchiveFiles, type ArchiveLimits } from './archives';
export { embeddedStoreCredentials, startEmbeddedStore, type EmbeddedStore, type StoreCredentials } from './embedded-store';

export interface StorageConfig {
  S3_ENDPOINT: string;
  S3_ACCESS_KEY: string;
  S3_SECRET_KEY: string;
  S3_BUCKET: string;
  S3_REGION: string;
}

export interface UploadedPart {
  part: number;
  etag: string;
}

export interface ObjectLocation {
  bucket: string;
  key: string;
}

const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;

/** An s3://bucket/key URI, or undefined when it is not one or its key is unsafe. */
export function parseS3Uri(uri: string): ObjectLocation | undefined {
  const match = S3_URI.exec(uri);
  return match && isSafeKey(match[2]) ? { bucket: match[1], key: match[2] } : undefined;
}

export function formatS3Uri({ bucket, key }: ObjectLocation): string {
  return `s3://${bucket}/${key}`;
}

/** S3-compatible object storage through the minio client: MinIO in production, any S3 server in tests. */
export class ObjectStore {
  readonly client: Minio.Client;
  readonly bucket: string;
  private readonly region: string;

  constructor(config: StorageConfig) {
    const url = new URL(config.S3_ENDPOINT);
    const useSSL = url.protocol === 'https:';
    this.client = new Minio.Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : useSSL ? 443 : 80,
      useSSL,
      accessKey: config.S3_ACCESS_KEY,
      secretKey: config.S3_SECRET_KEY,
      region: config.S3_REGION,
      pathStyle: true,
    });
    this.bucket = config.S3_BUCKET;
    this.region = config.S3_REGION;
  }

  /** Creates the platform's bucket when it is missing; safe to call from several services at once. */
  async ensureBucket(bucket = this.bucket): Promise<void> {
    if (await this.client.bucketExists(bucket)) return;
    try {
      await this.client.makeBucket(bucket, this.region);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'BucketAlreadyOwnedByYou' && code !== 'BucketAlreadyExists') throw error;
    }
  }

  location(key: string): ObjectLocation {
    return { bucket: this.bucket, key };
  }

  async uploadFile(location: ObjectLocation, path: string): Promise<void> {
    await this.client.fPutObject(location.bucket, location.key, path, {});
  }

  /**
   * Uploads a buffer in one request, or a stream in parts of `partBytes` (so its size need not be
   * known, and memory holds one part). Parts are driven here rather than by minio's putObject, which
   * first lists unfinished uploads, a call some S3 servers lack.
   */
  async uploadStream(location: ObjectLocation, body: Readable | Buffer, size?: number, partBytes = 16 * 1024 * 1024): Promise<void> {
    if (Buffer.isBuffer(body) || (size !== undefined && size <= partBytes)) {
      await this.client.putObject(location.bucket, location.key, body, size);
      return;
    }
    const uploadId = await this.startMultipart(location, 'application/octet-stream');
    try {
      const parts: UploadedPart[] = [];
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const send = async () => {
        parts.push(await this.uploadPart(location, uploadId, parts.length + 1, Buffer.concat(pending)));
        pending = [];
        pendingBytes = 0;
      };
      for await (const chunk of body as AsyncIterable<Buffer | string>) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= partBytes) await send();
      }
      if (pendingBytes > 0 || parts.length === 0) await send();
      await this.completeMultipart(location, uploadId, parts);
    } catch (error) {
      await this.abortMultipart(location, uploadId).catch(() => undefined);
      throw error;
    }
  }

  /** Streams an object into a file the caller names (and cleans up on failure). */
  async downloadToFile(location: ObjectLocation, path: string): Promise<void> {
    await pipeline(await this.client.getObject(location.bucket, location.key), createWriteStream(path));
  }

  /** The object's bytes from `offset` on. */
  async read(location: ObjectLocation, offset = 0): Promise<Readable> {
    if (offset > 0) return this.client.getPartialObject(location.bucket, location.key, offset);
    return this.client.getObject(location.bucket, location.key);
  }

  /**
   * Multipart upload, driven part by part so that a caller can record each finished part and
   * resume the upload after a crash. The object appears only when the upload completes.
   */
  async startMultipart(location: ObjectLocation, contentType: string): Promise<string> {
    return this.client.initiateNewMultipartUpload(location.bucket, location.key, { 'Content-Type': contentType });
  }

  async uploadPart(location: ObjectLocation, uploadId: string, part: number, body: Buffer): Promise<UploadedPart> {
    const { etag } = await this.client.uploadPart(
      { bucketName: location.bucket, objectName: location.key, uploadID: uploadId, partNumber: part, headers: {} },
      body,
    );
    return { part, etag };
  }

  async completeMultipart(location: ObjectLocation, uploadId: string, parts: readonly UploadedPart[]): Promise<void> {
    await this.client.completeMultipartUpload(location.bucket, location.key, uploadId, [...parts]);
  }

  async abortMultipart(location: ObjectLocation, uploadId: string): Promise<void> {
    await this.client.abortMultipartUpload(location.bucket, location.key, uploadId);
  }

  /** Size of an object, or undefined when there is none. */
  async sizeOf(location: ObjectLocation): Promise<number | undefined> {
    try {
      return (await this.client.statObject(location.bucket, location.key)).size;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'NotFound' || code === 'NoSuchKey' || code === 'NoSuchBucket') return undefined;
      throw error;
    }
  }

  async remove(location: ObjectLocation): Promise<void> {
    await this.client.removeObject(location.bucket, location.key);
  }
}

/** The whole stream (an object being read, say), or undefined when it is longer than `limit` bytes. */
export async function readAll(stream: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      stream.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The storage error code of a failed call (NoSuchKey, NoSuchUpload...), if it has one. */
export const storageErrorCode = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/** Keys of the objects under a prefix, in order. */
export async function listKeys(store: ObjectStore, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of store.client.listObjectsV2(bucket, prefix, true)) {
    if ((item as { name?: string }).name) keys.push((item as { name: string }).name);
  }
  return keys.sort();
}
