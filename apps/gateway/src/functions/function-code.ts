import { readArchive } from '@modelserve/storage';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Function code unpacked on this machine, one directory per archive (by its SHA-256), shared by the
 * gateway's processes: unpacked into a temporary directory and renamed into place, so an instance never
 * sees half an archive. The files are readable by the instances and written by no one after.
 */
export class FunctionCodeCache {
  private readonly unpacking = new Map<string, Promise<string>>();

  constructor(private readonly root: string) {}

  /** The directory holding the archive's files, unpacking it (fetched by `fetchArchive`) the first time. */
  dirFor(sha256: string, fetchArchive: () => Promise<Buffer>): Promise<string> {
    let pending = this.unpacking.get(sha256);
    if (!pending) {
      pending = this.unpack(sha256, fetchArchive).finally(() => this.unpacking.delete(sha256));
      this.unpacking.set(sha256, pending);
    }
    return pending;
  }

  private async unpack(sha256: string, fetchArchive: () => Promise<Buffer>): Promise<string> {
    const dir = join(this.root, sha256);
    if (
      await stat(dir).then(
        () => true,
        () => false,
      )
    )
      return dir;
    const files = await readArchive(await fetchArchive());
    const staging = join(this.root, `.staging-${randomUUID()}`);
    try {
      for (const [path, data] of files) {
        const target = join(staging, path);
        await mkdir(dirname(target), { recursive: true, mode: 0o755 });
        await writeFile(target, data, { mode: 0o444 });
      }
      await mkdir(staging, { recursive: true, mode: 0o755 });
      await rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
        // Another gateway process unpacked the same archive first.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
        await rm(staging, { recursive: true, force: true });
      });
      return dir;
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
  }
}
