import { captureHour, type CaptureRecord } from '@modelserve/contracts';
import { RoutingTable } from '@modelserve/routing';
import { ObjectStore, parseS3Uri, readAll } from '@modelserve/storage';
import { Injectable } from '@nestjs/common';
import { QualityRepository } from './quality.repository';

export interface CaptureFile {
  bucket: string;
  key: string;
}

/** A capture file is one flush of one gateway: small, but read whole, so bounded. */
const MAX_CAPTURE_FILE_BYTES = 256 * 1024 * 1024;
const HOUR_MS = 3_600_000;

/**
 * Finds and reads the files data capture writes for an endpoint:
 * <destination>/<endpoint>/<variant>/<yyyy>/<mm>/<dd>/<hh>/<file>.jsonl, where the destination is the
 * endpoint config's (or capture/ in the platform's bucket).
 */
@Injectable()
export class CaptureFiles {
  constructor(
    private readonly store: ObjectStore,
    private readonly routing: RoutingTable,
    private readonly quality: QualityRepository,
  ) {}

  /** Where the endpoint's capture files are: its config's destination, or the default. */
  root(endpoint: string): { bucket: string; prefix: string } {
    const destination = this.routing.knows(endpoint) ? this.routing.endpoint(endpoint).dataCapture?.destination : undefined;
    const location = destination ? parseS3Uri(`${destination.replace(/\/+$/, '')}/x`) : undefined;
    const base = location ? location.key.replace(/\/?x$/, '') : 'capture';
    return { bucket: location?.bucket ?? this.store.bucket, prefix: base ? `${base}/${endpoint}/` : `${endpoint}/` };
  }

  /**
   * The variant folders under the endpoint's capture root: those a delimited listing shows, plus the
   * endpoint's current variants and those whose files were read before. (Not every S3 server lists
   * folders below the first level: s3rver does not.)
   */
  async variantPrefixes(endpoint: string): Promise<{ bucket: string; prefixes: string[] }> {
    const { bucket, prefix } = this.root(endpoint);
    const prefixes = new Set<string>();
    try {
      for await (const item of this.store.client.listObjectsV2(bucket, prefix, false)) {
        const folder = (item as { prefix?: string }).prefix;
        if (folder) prefixes.add(folder);
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'NoSuchBucket') return { bucket, prefixes: [] };
      throw error;
    }
    if (this.routing.knows(endpoint))
      for (const variant of this.routing.endpoint(endpoint).variants) prefixes.add(`${prefix}${variant.name}/`);
    for (const variant of await this.quality.variantsRead(bucket, prefix)) prefixes.add(`${prefix}${variant}/`);
    return { bucket, prefixes: [...prefixes].sort() };
  }

  /** Keys under a prefix that sort after `startAfter`, in order. */
  async keysAfter(bucket: string, prefix: string, startAfter: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const item of this.store.client.listObjectsV2(bucket, prefix, true, startAfter)) {
      const name = (item as { name?: string }).name;
      if (name) keys.push(name);
    }
    return keys.sort();
  }

  /** The files that can hold records of the window: those of the hour partitions it overlaps (a record is filed under its own hour). */
  async filesOf(endpoint: string, start: Date, end: Date): Promise<CaptureFile[]> {
    const { bucket, prefixes } = await this.variantPrefixes(endpoint);
    const files: CaptureFile[] = [];
    for (const variant of prefixes) {
      for (let hour = Math.floor(start.getTime() / HOUR_MS) * HOUR_MS; hour < end.getTime(); hour += HOUR_MS) {
        const partition = `${variant}${captureHour(hour)}/`;
        for (const key of await this.keysAfter(bucket, partition, '')) files.push({ bucket, key });
      }
    }
    return files;
  }

  /** Where to resume listing a variant's files after `key`: two hours of partitions before it, for late flushes. */
  resumeFrom(variantPrefix: string, key: string | undefined): string {
    const partition = key?.slice(variantPrefix.length, variantPrefix.length + 13);
    if (!partition || !/^\d{4}\/\d{2}\/\d{2}\/\d{2}$/.test(partition)) return '';
    const hour = Date.parse(`${partition.replace(/\//g, '-').replace(/-(\d{2})$/, 'T$1')}:00:00Z`);
    return `${variantPrefix}${captureHour(hour - 2 * HOUR_MS)}`;
  }

  async read(file: CaptureFile): Promise<CaptureRecord[]> {
    const body = await readAll(await this.store.read(file), MAX_CAPTURE_FILE_BYTES);
    if (!body) throw new Error(`capture file ${file.key} is larger than ${MAX_CAPTURE_FILE_BYTES} bytes`);
    const records: CaptureRecord[] = [];
    for (const line of body.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line) as CaptureRecord);
      } catch {
        // A torn line (a file cut short) loses that record only.
      }
    }
    return records;
  }
}
