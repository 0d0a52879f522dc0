import { workspaceRoot } from '@modelserve/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { batchConfigShape } from '../apps/batch/src/config';
import { gatewayConfigShape } from '../apps/gateway/src/config';
import { workerConfigShape } from '../apps/inference-worker/src/config';
import { registryConfigShape } from '../apps/registry/src/config';

// No Docker engine runs here: these checks keep docker/ true to the code instead.
const root = workspaceRoot();
const shapes: Record<string, object> = {
  gateway: gatewayConfigShape,
  registry: registryConfigShape,
  'inference-worker': workerConfigShape,
  batch: batchConfigShape,
};

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
}

describe('docker/', () => {
  const compose = parse(readFileSync(join(root, 'docker/compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const ours = Object.entries(compose.services).filter(
    ([, service]) => service.image === 'modelserve:latest' && service.command!.join(' ').includes('dist/apps/'),
  );
  const tools = Object.entries(compose.services).filter(
    ([name, service]) => service.image === 'modelserve:latest' && !ours.some(([n]) => n === name),
  );

  it('runs every service of the platform', () => {
    const apps = ours.map(([, service]) => /dist\/apps\/([^/]+)\//.exec(service.command!.join(' '))![1]);
    expect(new Set(apps)).toEqual(new Set(Object.keys(shapes)));
  });

  it.each(ours)('%s starts an entry point that the build produces and sets only variables it reads', (_name, service) => {
    const script = service.command!.find((part) => part.endsWith('main.js'))!;
    expect(existsSync(join(root, script))).toBe(true);
    const app = /dist\/apps\/([^/]+)\//.exec(script)![1];
    const known = Object.keys(shapes[app]);
    expect(Object.keys(service.environment ?? {}).filter((name) => !known.includes(name))).toEqual([]);
  });

  it('runs only tools that the build produces', () => {
    expect(tools.map(([name]) => name)).toEqual(['certs']);
    for (const [, service] of tools) {
      const script = /dist\/tools\/\S+\.js/.exec(service.command!.join(' '))![0];
      expect(existsSync(join(root, script))).toBe(true);
    }
  });

  it('gives every service the internal TLS files', () => {
    for (const [name, service] of ours) {
      expect({ name, ca: service.environment?.GRPC_TLS_CA }).toEqual({ name, ca: '/certs/ca.pem' });
    }
  });

  it('copies only paths that exist into the image', () => {
    const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(' '));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect({ source, exists: existsSync(join(root, source)) }).toEqual({ source, exists: true });
  });
});
