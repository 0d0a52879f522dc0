import { strToU8, zipSync } from 'fflate';
import { gzipSync } from 'node:zlib';
import { readArchive } from './archives';

const limits = { maxFiles: 10, maxUnpackedBytes: 1024 * 1024 };

describe('readArchive', () => {
  it('reads a zip and refuses one that would unpack past the limit, before inflating it', async () => {
    const files = await readArchive(Buffer.from(zipSync({ './a/b.js': strToU8('x'), 'c.txt': strToU8('y') })), limits);
    expect([...files.keys()].sort()).toEqual(['a/b.js', 'c.txt']);
    const bomb = Buffer.from(zipSync({ 'big.bin': new Uint8Array(8 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(readArchive(bomb, limits)).rejects.toThrow(/unpacks to more than 1048576 bytes/);
  });

  it('refuses a gzip bomb without holding what it inflates to', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(128 * 1024);
    await expect(readArchive(bomb, limits)).rejects.toThrow(/unpacks to more than 1048576 bytes/);
  });

  it('refuses paths outside the archive, too many files, and what is neither format', async () => {
    await expect(readArchive(Buffer.from(zipSync({ '../x.js': strToU8('x') })), limits)).rejects.toThrow(/outside itself/);
    await expect(readArchive(Buffer.from(zipSync({ '/etc/x': strToU8('x') })), limits)).rejects.toThrow(/outside itself/);
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, strToU8('x')]));
    await expect(readArchive(Buffer.from(zipSync(many)), limits)).rejects.toThrow(/more than 10 files/);
    await expect(readArchive(Buffer.from('plain text'), limits)).rejects.toThrow(/neither a zip nor a tar\.gz/);
    await expect(readArchive(Buffer.from([0x1f, 0x8b, 1, 2, 3]), limits)).rejects.toThrow(/gzip data cannot be read/);
  });
});
