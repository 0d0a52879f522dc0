import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/**
 * The workspace root (package.json beside proto/), found from this file whether it runs from source
 * (libs/common/src) or from the build (dist/libs/common/src). Files such as proto/ and examples/
 * are read from there.
 */
export function workspaceRoot(): string {
  if (root) return root;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'proto'))) return (root = dir);
  }
  throw new Error(`no workspace root (package.json and proto/) above ${__dirname}`);
}

let version: string | undefined;

/** The platform's release, from its package.json, as servers report it in their metadata. */
export function platformVersion(): string {
  version ??= (JSON.parse(readFileSync(join(workspaceRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
