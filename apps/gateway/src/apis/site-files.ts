import { readArchive } from '@modelserve/storage';
import { contentType } from 'mime-types';
import { createHash } from 'node:crypto';

export interface SiteFile {
  body: Buffer;
  contentType: string;
  etag: string;
  cacheControl: string;
}

/** A file name with a content hash in it (app.3f9a1c2e.js), as bundlers write them: it never changes. */
const HASHED_NAME = /[.-][0-9a-zA-Z_]{8,}\.[a-z0-9]+$/;

function cacheControlOf(path: string): string {
  // Pages are checked every time (they name the assets of the current build); hashed assets are kept a year.
  if (path.endsWith('.html')) return 'no-cache';
  const hash = HASHED_NAME.exec(path)?.[0];
  return hash && /[0-9]/.test(hash) ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
}

/** A site's files in memory, with their types, ETags and caching headers. */
export class SiteFiles {
  private constructor(
    readonly sha256: string,
    private readonly files: Map<string, SiteFile>,
  ) {}

  static async fromArchive(sha256: string, archive: Buffer): Promise<SiteFiles> {
    const files = new Map<string, SiteFile>();
    for (const [path, body] of await readArchive(archive)) {
      files.set(path, {
        body,
        contentType: contentType(path.slice(path.lastIndexOf('/') + 1)) || 'application/octet-stream',
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
        cacheControl: cacheControlOf(path),
      });
    }
    return new SiteFiles(sha256, files);
  }

  /**
   * The file for a request path: the file itself, a directory's index.html, or (for a page request, as a
   * single-page application's routes are) the top index.html. Undefined when none fits.
   */
  lookup(path: string, wantsPage: boolean): SiteFile | undefined {
    const clean = path.replace(/^\/+/, '');
    const found = this.files.get(clean) ?? this.files.get(clean ? `${clean.replace(/\/$/, '')}/index.html` : 'index.html');
    if (found) return found;
    const lastSegment = clean.slice(clean.lastIndexOf('/') + 1);
    return wantsPage || !lastSegment.includes('.') ? this.files.get('index.html') : undefined;
  }
}
