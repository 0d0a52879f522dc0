import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

const filesUnder = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();

describe('generated contract types', () => {
  it('match proto/ exactly (run `npm run proto:gen` after changing a .proto file)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'modelserve-proto-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'tools/gen-proto-types.mjs'), '--out', fresh], { stdio: 'pipe' });
      const committed = join(ROOT, 'libs/contracts/src/generated');
      expect(filesUnder(fresh)).toEqual(filesUnder(committed));
      for (const file of filesUnder(fresh)) {
        expect({ file, text: readFileSync(join(fresh, file), 'utf8') }).toEqual({
          file,
          text: readFileSync(join(committed, file), 'utf8'),
        });
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
