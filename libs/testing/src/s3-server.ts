import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');

export interface RunningS3 {
  endpoint: string;
  port: number;
  directory: string;
  close(): Promise<void>;
}

/** A real S3-protocol server (s3rver) on loopback, storing objects in `directory`. */
export async function startS3Server(options: { port?: number; directory?: string } = {}): Promise<RunningS3> {
  const temporary = !options.directory;
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'modelserve-s3-'));
  const server = new S3rver({ port: options.port ?? 0, address: '127.0.0.1', directory, silent: true });
  const { port } = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    directory,
    async close() {
      await server.close();
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
  };
}
