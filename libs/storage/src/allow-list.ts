import { AppError, forbidden } from '@modelserve/common';

interface AllowedPrefix {
  bucket: string;
  /** '' for the whole bucket, else a key prefix ending in '/'. */
  prefix: string;
}

/**
 * The buckets and prefixes a caller may make the platform read or write: artifact URIs, transform job
 * inputs and outputs, capture destinations. The platform's own bucket, and those `STORAGE_ALLOWED_URIS`
 * lists. A URI outside them is refused with 403, so no request can read or overwrite other data the
 * platform's storage credentials reach.
 */
export class StorageAllowList {
  private readonly allowed: AllowedPrefix[];

  constructor(readonly uris: readonly string[]) {
    this.allowed = uris.map((uri) => {
      const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri.trim());
      if (!match) throw new AppError('InvalidRequest', `${uri} is not s3://bucket[/prefix]`);
      const prefix = (match[2] ?? '').replace(/\/+$/, '');
      return { bucket: match[1], prefix: prefix ? `${prefix}/` : '' };
    });
  }

  /** The platform's bucket and the comma-separated variable's URIs. */
  static fromConfig(config: { STORAGE_ALLOWED_URIS?: string; S3_BUCKET: string }): StorageAllowList {
    const listed = (config.STORAGE_ALLOWED_URIS ?? '')
      .split(',')
      .map((uri) => uri.trim())
      .filter(Boolean);
    return new StorageAllowList([`s3://${config.S3_BUCKET}`, ...listed]);
  }

  allows(bucket: string, key: string): boolean {
    return this.allowed.some((a) => a.bucket === bucket && (a.prefix === '' || key === a.prefix.slice(0, -1) || key.startsWith(a.prefix)));
  }

  /** Refuses `uri` (named `field` in the message) unless it is inside an allowed bucket or prefix. */
  check(field: string, uri: string): void {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!match || !this.allows(match[1], match[2])) {
      throw forbidden(`${field} ${uri} is outside the storage this platform may use (${this.uris.join(', ')}); see STORAGE_ALLOWED_URIS`);
    }
  }
}
