import { randomBytes } from 'node:crypto';
import { TEST_S3_CREDENTIALS } from './s3-server';

/** Storage settings for a test: the run's S3 server and a bucket of the test's own. */
export function testStorageConfig(prefix = 'test') {
  const endpoint = process.env.TEST_S3_ENDPOINT;
  if (!endpoint) throw new Error('TEST_S3_ENDPOINT is not set: run tests through jest (test/global-setup.ts starts the S3 server)');
  return {
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY: TEST_S3_CREDENTIALS.accessKeyId,
    S3_SECRET_KEY: TEST_S3_CREDENTIALS.secretAccessKey,
    S3_BUCKET: `${prefix}-${randomBytes(4).toString('hex')}`,
    S3_REGION: 'us-east-1',
  };
}
