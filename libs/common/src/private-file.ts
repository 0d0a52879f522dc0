import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a secret (a key, a credential) to a file readable by its owner only, making its folder if needed. */
export function writePrivateFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { mode: 0o600 });
  // `mode` applies only when the file is created; an existing file is narrowed too.
  chmodSync(path, 0o600);
}
