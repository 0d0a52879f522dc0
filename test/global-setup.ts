// Global setup runs outside jest's module mapper: resolve the workspace's @modelserve/* aliases as it
// does before loading anything that uses them.
import './workspace-aliases';
import { buildKafkaBroker } from '../libs/testing/src/kafka-broker';
import { startS3Server } from '../libs/testing/src/s3-server';
import { ensureInternalCertificates } from '../libs/service/src/internal-tls';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One real S3-protocol server for the whole run; tests use their own buckets in it.
 * Its address reaches the test workers through the environment.
 */
export default async function globalSetup() {
  // Built here, once, rather than inside the first suite that needs it, where the build would count
  // against that suite's hook time limit.
  buildKafkaBroker();
  const s3 = await startS3Server();
  process.env.TEST_S3_ENDPOINT = s3.endpoint;
  process.env.TEST_S3_DIRECTORY = s3.directory;
  // One private CA for the run: the services of every test platform talk over mutual TLS with it.
  process.env.TEST_GRPC_TLS_DIR = (await ensureInternalCertificates(mkdtempSync(join(tmpdir(), 'modelserve-tls-')))).ca.replace(
    /\/ca\.pem$/,
    '',
  );
  (globalThis as { __s3?: typeof s3 }).__s3 = s3;
}
