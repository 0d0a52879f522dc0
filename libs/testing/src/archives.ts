import { strToU8, zipSync } from 'fflate';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as tar from 'tar';

/** A zip archive of files given by path and text (or bytes). */
export function zipOf(files: Record<string, string | Buffer>): Buffer {
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path, typeof data === 'string' ? strToU8(data) : new Uint8Array(data)]),
  );
  return Buffer.from(zipSync(entries));
}

/** A tar.gz archive of files given by path and text (or bytes). */
export function tarGzOf(files: Record<string, string | Buffer>): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'archive-'));
  try {
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, 'files', path)), { recursive: true });
      writeFileSync(join(dir, 'files', path), data);
    }
    tar.c({ gzip: true, file: join(dir, 'out.tar.gz'), cwd: join(dir, 'files'), sync: true, portable: true }, Object.keys(files));
    return readFileSync(join(dir, 'out.tar.gz'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
