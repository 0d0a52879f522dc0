import { EXAMPLES } from './examples';
import { restClient } from './http';
import { createTestDatabase, type TestDatabase } from './postgres';
import { startPlatform, type Platform } from './processes';
import { testStorageConfig } from './s3-config';

export interface DeployedPlatform {
  platform: Platform;
  api: ReturnType<typeof restClient>;
  database: TestDatabase;
  stop(): Promise<void>;
}

/** The four services as processes on a fresh PostgreSQL database and a bucket of their own. */
export async function startTestPlatform(
  name: string,
  options: { workers?: number; extraEnv?: Record<string, string> } = {},
): Promise<DeployedPlatform> {
  const database = await createTestDatabase();
  const storage = testStorageConfig(name);
  const platform = await startPlatform({
    databaseUrl: database.url,
    s3Endpoint: storage.S3_ENDPOINT,
    bucket: storage.S3_BUCKET,
    ...options,
  });
  return {
    platform,
    api: restClient(platform.gatewayUrl),
    database,
    stop: async () => {
      await platform.stop();
      await database.drop();
    },
  };
}

/** A test platform with both examples deployed as endpoints `wine` and `cancer`, each InService. */
export async function startDeployedPlatform(name: string, extraEnv: Record<string, string> = {}): Promise<DeployedPlatform> {
  const started = await startTestPlatform(name, { extraEnv });
  try {
    await started.api.deploy('wine', EXAMPLES.wine.model);
    await started.api.deploy('cancer', EXAMPLES.cancer.model);
  } catch (error) {
    await started.stop();
    throw error;
  }
  return started;
}
