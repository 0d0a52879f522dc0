import { AppError, invalidRequest } from '@modelserve/common';
import { unzipSync } from 'fflate';
import { gunzipSync } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';

/** What one archive may unpack to: Lambda allows 250 MB unpacked; a page or a function needs far less. */
export interface ArchiveLimits {
  maxFiles: number;
  maxUnpackedBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxFiles: 5000, maxUnpackedBytes: 250 * 1024 * 1024 };

/** An archive's regular files by their path inside it (`dir/file.js`, no leading `./`). */
export type ArchiveFiles = Map<string, Buffer>;

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A path inside an archive, normalised, or a 400 for one that would leave the directory it is unpacked
 * into (absolute, `..`, a backslash or a NUL).
 */
function safePath(raw: string): string {
  const path = raw.replace(/^(\.\/)+/, '');
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0') || path.split('/').some((part) => part === '..')) {
    throw invalidRequest(`the archive holds a path outside itself: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  return path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/**
 * The files of a zip or tar.gz archive, read in memory (the format is told by its first bytes). A
 * broken archive, one that is neither format, one with a path outside itself or one past the limits is
 * a 400 that says which.
 */
export async function readArchive(bytes: Buffer, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<ArchiveFiles> {
  const files: ArchiveFiles = new Map();
  let unpacked = 0;
  const add = (rawPath: string, data: Buffer) => {
    const path = safePath(rawPath);
    if (!path) return;
    unpacked += data.length;
    if (files.size >= limits.maxFiles) throw invalidRequest(`the archive holds more than ${limits.maxFiles} files`);
    if (unpacked > limits.maxUnpackedBytes) throw invalidRequest(`the archive unpacks to more than ${limits.maxUnpackedBytes} bytes`);
    files.set(path, data);
  };
  if (isZip(bytes)) {
    let entries: Record<string, Uint8Array>;
    try {
      // Sizes are checked before anything is inflated, so a zip bomb is refused unread.
      let declared = 0;
      entries = unzipSync(bytes, {
        filter: (file) => {
          declared += file.originalSize;
          if (declared > limits.maxUnpackedBytes) throw invalidRequest(`the archive unpacks to more than ${limits.maxUnpackedBytes} bytes`);
          return !file.name.endsWith('/');
        },
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw invalidRequest(`the zip archive cannot be read: ${(error as Error).message}`);
    }
    for (const [name, data] of Object.entries(entries)) add(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return files;
  }
  if (!isGzip(bytes)) throw invalidRequest('the archive is neither a zip nor a tar.gz file');
  let tarBytes: Buffer;
  try {
    // Inflating stops at the limit (tar headers take a little more), so a gzip bomb is refused, not held.
    tarBytes = gunzipSync(bytes, { maxOutputLength: limits.maxUnpackedBytes + 1024 * 1024 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw invalidRequest(`the archive unpacks to more than ${limits.maxUnpackedBytes} bytes`);
    }
    throw invalidRequest(`the gzip data cannot be read: ${(error as Error).message}`);
  }
  await new Promise<void>((resolve, reject) => {
    let failure: unknown;
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') return void entry.resume();
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => {
          try {
            if (!failure) add(entry.path, Buffer.concat(chunks));
          } catch (error) {
            failure = error;
          }
        });
      },
    });
    parser.on('error', (error: Error) => (failure ??= invalidRequest(`the tar data cannot be read: ${error.message}`)));
    parser.on('end', () => (failure ? reject(failure) : resolve()));
    parser.end(tarBytes);
  });
  return files;
}
