import { writePrivateFile } from '@modelserve/common';
import { mkdirSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inheritedEnvironment } from '../training/process-runner';
import type { InstanceKey } from './instance-keys';

/** What an instance's code needs to reach the platform and its storage. */
export interface PlatformAddresses {
  gatewayUrl: string;
  region: string;
  storage: { endpoint: string; accessKey: string; secretKey: string; bucket: string };
  /** The directory of the platform's Python client (clients/python), put on PYTHONPATH. */
  pythonClient: string;
}

/**
 * The environment of an instance's Jupyter server, its kernels and lifecycle scripts: PATH and the
 * locale of the service (none of its settings), HOME at the working directory, the person's own
 * variables, then the platform's (its address and the run's key, the AWS endpoints, the storage).
 */
export function instanceEnvironment(
  instance: { name: string; environment: Record<string, string> },
  directory: string,
  key: InstanceKey | undefined,
  platform: PlatformAddresses,
): Record<string, string> {
  const own = instance.environment;
  return {
    ...inheritedEnvironment(),
    ...own,
    HOME: directory,
    PYTHONUNBUFFERED: '1',
    PYTHONPATH: [platform.pythonClient, own.PYTHONPATH].filter(Boolean).join(':'),
    MODELSERVE_URL: platform.gatewayUrl,
    ...(key ? { MODELSERVE_API_KEY: key.secret } : {}),
    MODELSERVE_NOTEBOOK_INSTANCE: instance.name,
    MODELSERVE_S3_ENDPOINT: platform.storage.endpoint,
    MODELSERVE_S3_ACCESS_KEY: platform.storage.accessKey,
    MODELSERVE_S3_SECRET_KEY: platform.storage.secretKey,
    MODELSERVE_S3_BUCKET: platform.storage.bucket,
    MODELSERVE_S3_REGION: platform.region,
    AWS_REGION: platform.region,
    AWS_DEFAULT_REGION: platform.region,
    AWS_ENDPOINT_URL_SAGEMAKER: platform.gatewayUrl,
    AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME: platform.gatewayUrl,
  };
}

/**
 * The standard AWS files in the instance's home (~/.aws/config and ~/.aws/credentials), rewritten at
 * every start: the default profile reaches the platform's SageMaker API and runtime with the run's
 * key (service-specific endpoints, as current AWS SDKs and the CLI read them), and the `storage`
 * profile reaches the object store with its own credentials.
 */
export function writeAwsFiles(directory: string, key: InstanceKey | undefined, platform: PlatformAddresses) {
  const aws = join(directory, '.aws');
  mkdirSync(aws, { recursive: true, mode: 0o700 });
  const header = '# Written by modelserve at every start of this notebook instance: changes here are replaced.\n';
  writePrivateFile(
    join(aws, 'config'),
    `${header}[default]
region = ${platform.region}
services = modelserve

[services modelserve]
sagemaker =
  endpoint_url = ${platform.gatewayUrl}
sagemaker_runtime =
  endpoint_url = ${platform.gatewayUrl}

[profile storage]
region = ${platform.region}
endpoint_url = ${platform.storage.endpoint}
`,
  );
  // Without keys (a gateway that checks none) any credentials do; SDKs still want some to sign with.
  writePrivateFile(
    join(aws, 'credentials'),
    `${header}[default]
aws_access_key_id = ${key?.accessKeyId ?? 'anonymous'}
aws_secret_access_key = ${key?.secretAccessKey ?? 'anonymous'}

[storage]
aws_access_key_id = ${platform.storage.accessKey}
aws_secret_access_key = ${platform.storage.secretKey}
`,
  );
}

/** An instance's volume size (volumeSizeGB) in bytes is this many times its GB. */
export const GIB = 1024 ** 3;

/** Bytes of the regular files under `directory` (symbolic links are not followed). */
export async function directorySize(directory: string): Promise<number> {
  let total = 0;
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    total += await lstat(join(entry.parentPath, entry.name)).then(
      (stats) => stats.size,
      () => 0,
    );
  }
  return total;
}
