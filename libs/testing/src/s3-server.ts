import { startEmbeddedStore } from '@modelserve/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningS3 {
  endpoint: string;
  port: number;
  directory: string;
  close(): Promise<void>;
}

/** The credentials of the tests' store (testStorageConfig hands them to every service under test). */
export const TEST_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3-protocol server on loopback, storing objects in `directory`: the platform's embedded store
 * (s3rver behind its SigV4 check), so every test's storage calls are signed and verified.
 */
export async function startS3Server(options: { port?: number; directory?: string } = {}): Promise<RunningS3> {
  const temporary = !options.directory;
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'modelserve-s3-'));
  const store = await startEmbeddedStore({ directory, port: options.port, credentials: TEST_S3_CREDENTIALS });
  return {
    endpoint: store.endpoint,
    port: store.port,
    directory,
    async close() {
      await store.close();
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
  };
}
