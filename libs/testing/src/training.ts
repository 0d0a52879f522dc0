import type { ObjectStore } from '@modelserve/storage';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpResult, restClient } from './http';
import { REPO_ROOT } from './processes';
import { waitFor } from './wait';

/** The wine example's training data: train/train.csv and validation/validation.csv. */
export const WINE_TRAINING_DATA = join(REPO_ROOT, 'examples', 'training', 'wine', 'data');

const ENDED = ['Completed', 'Failed', 'Stopped'];

/** Puts the wine example's two channels at <prefix>/train and <prefix>/validation of the bucket. */
export async function uploadWineChannels(store: ObjectStore, bucket: string, prefix = 'wine'): Promise<void> {
  for (const channel of ['train', 'validation']) {
    await store.uploadStream(
      { bucket, key: `${prefix}/${channel}/${channel}.csv` },
      readFileSync(join(WINE_TRAINING_DATA, channel, `${channel}.csv`)),
    );
  }
}

/**
 * Creating, describing and waiting for jobs of one REST collection (`training-jobs`, `tuning-jobs`):
 * create answers 202 (or the test fails with the answer's text), waitEnded polls until the job's
 * status is Completed, Failed or Stopped.
 */
export function jobsOf(api: ReturnType<typeof restClient>, collection: 'training-jobs' | 'tuning-jobs') {
  const describe = async (name: string): Promise<HttpResult['json']> => (await api.get(`/v1/${collection}/${name}`)).json;
  return {
    async create(body: Record<string, unknown>): Promise<HttpResult['json']> {
      const created = await api.postJson(`/v1/${collection}`, body);
      if (created.status !== 202) throw new Error(`creating ${String(body.name)} answered ${created.status}: ${created.text}`);
      return created.json;
    },
    describe,
    waitEnded: (name: string, timeoutMs = 90_000) =>
      waitFor(
        `${collection} ${name}`,
        async () => {
          const job = await describe(name);
          return ENDED.includes(job.status) ? job : undefined;
        },
        { timeoutMs, intervalMs: 200 },
      ),
  };
}
