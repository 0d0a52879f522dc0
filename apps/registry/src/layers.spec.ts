import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The registry's folders depend on each other in one direction only, each on those below it:
 * grpc -> placement -> deployments -> endpoints -> models -> access -> functions -> figures -> sagemaker -> database. Files at the top (config,
 * the module and the runtime) are outside the layers.
 */
const LAYERS = ['database', 'sagemaker', 'figures', 'functions', 'access', 'models', 'endpoints', 'deployments', 'placement', 'grpc'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const layerOf = (path: string) => {
  const top = relative(__dirname, path).split('/')[0];
  return LAYERS.indexOf(top);
};

describe('registry layers', () => {
  it('import only downwards', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(__dirname)) {
      const from = layerOf(file);
      if (from < 0) continue;
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const to = layerOf(resolve(dirname(file), specifier));
        if (to > from) upward.push(`${relative(__dirname, file)} imports ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has every folder in a layer', () => {
    const folders = readdirSync(__dirname, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...LAYERS].sort());
  });
});
