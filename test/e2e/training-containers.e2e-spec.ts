import { ObjectStore } from '@modelserve/storage';
import {
  buildPythonImage,
  jobsOf,
  REPO_ROOT,
  startDockerEngine,
  startTestPlatform,
  testStorageConfig,
  uploadWineChannels,
  waitFor,
  type DeployedPlatform,
  type DockerEngine,
  type HttpResult,
} from '@modelserve/testing';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';

const HOLDOUT = join(REPO_ROOT, 'test', 'fixtures', 'training', 'holdout.py');
const IMAGE = 'modelserve-test/python:3';
const MEMORY_MB = 256;

/** Reports what the container gave the code: its contract, its user, its limits. */
const CONTAINER_SCRIPT = `
import json, os
def read(path):
    try:
        return open(path).read().strip()
    except OSError:
        return ""
seen = {
  "env": {k: v for k, v in os.environ.items() if k.startswith("SM_") or k in ("TRAINING_JOB_NAME", "WORLD_SIZE", "RANK")},
  "cwd": os.getcwd(),
  "uid": os.getuid(),
  "hyperparameters": json.load(open("/opt/ml/input/config/hyperparameters.json")),
  "resourceconfig": json.load(open("/opt/ml/input/config/resourceconfig.json")),
  "train": sorted(os.listdir("/opt/ml/input/data/train")),
  "memory": read("/sys/fs/cgroup/memory/memory.limit_in_bytes") or read("/sys/fs/cgroup/memory.max"),
  "cpu": read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us") + "/" + read("/sys/fs/cgroup/cpu/cpu.cfs_period_us") or read("/sys/fs/cgroup/cpu.max"),
}
json.dump(seen, open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "seen-%s.json" % os.environ["SM_CURRENT_HOST"]), "w"))
try:
    open("/opt/ml/input/data/train/written.txt", "w")
    print("channels are writable")
except OSError:
    print("channels are read-only")
open(os.path.join(os.environ["SM_MODEL_DIR"], "model.txt"), "w").write(os.environ["SM_CURRENT_HOST"])
`;

/** Counts to eight, half a second a step, keeping its count in the checkpoint directory and resuming from it. */
const STEPS_SCRIPT = `
import os, time
checkpoint = "/opt/ml/checkpoints/step"
step = int(open(checkpoint).read()) if os.path.exists(checkpoint) else 0
print("starting at step %d" % step, flush=True)
while step < 8:
    step += 1
    open(checkpoint + ".tmp", "w").write(str(step))
    os.replace(checkpoint + ".tmp", checkpoint)
    print("step=%d" % step, flush=True)
    time.sleep(0.5)
`;

describe('training jobs in containers: a Docker engine runs the image with /opt/ml, limits and the same results as a process', () => {
  let engine: DockerEngine;
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let bucket: string;
  const scratch = mkdtempSync(join(tmpdir(), 'training-containers-e2e-'));

  beforeAll(async () => {
    engine = await startDockerEngine();
    await buildPythonImage(engine, IMAGE);
    const storage = testStorageConfig('training-containers');
    bucket = storage.S3_BUCKET;
    deployed = await startTestPlatform('training-containers', {
      extraEnv: {
        BATCH_POLL_MS: '200',
        BATCH_LEASE_MS: '3000',
        TRAINING_SLOTS: '2',
        TRAINING_STOP_GRACE_MS: '2000',
        TRAINING_CHECKPOINT_SYNC_MS: '300',
        TRAINING_DOCKER_HOST: engine.host,
        TRAINING_CONTAINER_CPUS: '1',
        TRAINING_CONTAINER_MEMORY_MB: String(MEMORY_MB),
        STORAGE_ALLOWED_URIS: `s3://${bucket}`,
      },
    });
    api = deployed.api;
    const store = new ObjectStore(storage);
    await store.ensureBucket();
    const put = (key: string, body: Buffer | string) => store.uploadStream({ bucket, key }, Buffer.from(body));
    await uploadWineChannels(store, bucket);
    await put('code/holdout/holdout.py', readFileSync(HOLDOUT));
    await put('code/container/container.py', CONTAINER_SCRIPT);
    await put('code/steps/steps.py', STEPS_SCRIPT);
  }, 180_000);

  afterAll(async () => {
    await deployed?.stop();
    await engine?.stop();
  });

  const s3 = (key: string) => `s3://${bucket}/${key}`;
  const job = (name: string, code: string, extra: Record<string, unknown> = {}) => ({
    name,
    algorithm: { command: ['python3', `${code}.py`], sourceUri: s3(`code/${code}`) },
    inputDataConfig: [
      { channelName: 'train', s3Uri: s3('wine/train') },
      { channelName: 'validation', s3Uri: s3('wine/validation') },
    ],
    outputDataConfig: { s3OutputPath: s3('output') },
    ...extra,
  });
  const inContainer = (body: ReturnType<typeof job>) => ({ ...body, algorithm: { ...body.algorithm, image: IMAGE } });

  const create = (body: Record<string, unknown>) => jobsOf(api, 'training-jobs').create(body);
  const waitEnded = (name: string, timeoutMs?: number) => jobsOf(api, 'training-jobs').waitEnded(name, timeoutMs);
  async function unpack(uri: string): Promise<string> {
    const store = new ObjectStore(testStorageConfig('training-containers'));
    const file = join(scratch, uri.replace(/\W/g, '_'));
    await store.downloadToFile({ bucket, key: uri.slice(`s3://${bucket}/`.length) }, file);
    const dir = mkdtempSync(join(scratch, 'unpacked-'));
    await tar.x({ file, cwd: dir });
    return dir;
  }
  const finalMetrics = (found: HttpResult['json']) =>
    Object.fromEntries((found.finalMetricDataList as { metricName: string; value: number }[]).map((m) => [m.metricName, m.value]));
  const containersOf = async () => (await engine.docker(['ps', '--all', '--quiet', '--filter', 'label=modelserve.training-run'])).trim();

  it('the same hold-out training script gives the same metrics, model and predictions as a process and in a container', async () => {
    const metricDefinitions = [
      { name: 'train:loss', regex: 'train_loss=([0-9.]+)' },
      { name: 'holdout:accuracy', regex: 'holdout_accuracy=([0-9.]+)' },
    ];
    const hyperParameters = { epochs: '60', learning_rate: '0.3' };
    await create(job('holdout-process', 'holdout', { hyperParameters, metricDefinitions }));
    await create(inContainer(job('holdout-container', 'holdout', { hyperParameters, metricDefinitions })));
    const [process, container] = [await waitEnded('holdout-process'), await waitEnded('holdout-container')];
    expect([process.failureReason ?? '', container.failureReason ?? '']).toEqual(['', '']);
    expect([process.status, container.status]).toEqual(['Completed', 'Completed']);
    expect(container.algorithm).toMatchObject({ image: IMAGE });

    expect(finalMetrics(container)).toEqual(finalMetrics(process));
    expect(finalMetrics(process)['holdout:accuracy']).toBeGreaterThan(0.9);
    const series = async (name: string) => (await api.get(`/v1/training-jobs/${name}/metrics`)).json.metrics;
    expect(await series('holdout-container')).toEqual(
      (await series('holdout-process')).map((m: { metricName: string; values: { value: number }[] }) => ({
        metricName: m.metricName,
        values: m.values.map((v) => ({ value: v.value, timestamp: expect.any(String) })),
      })),
    );
    const read = async (uri: string, file: string) => readFileSync(join(await unpack(uri), file), 'utf8');
    expect(await read(container.modelArtifacts, 'weights.json')).toBe(await read(process.modelArtifacts, 'weights.json'));
    expect(await read(container.outputData, 'holdout-probabilities.csv')).toBe(await read(process.outputData, 'holdout-probabilities.csv'));
    // --rm: the containers are gone once their code has ended.
    expect(await containersOf()).toBe('');
  }, 150_000);

  it('gives each host of a two-instance job its /opt/ml, the hosts list, read-only channels, the service user and the limits', async () => {
    await create(
      inContainer(job('contract-container', 'container', { hyperParameters: { depth: '3' }, resourceConfig: { instanceCount: 2 } })),
    );
    const found = await waitEnded('contract-container');
    expect(found.failureReason ?? '').toBe('');
    expect(found.status).toBe('Completed');
    const outputs = await unpack(found.outputData);
    expect(readdirSync(await unpack(found.modelArtifacts))).toEqual(['model.txt']);
    const seen = readdirSync(outputs).map((f) => JSON.parse(readFileSync(join(outputs, f), 'utf8')));
    // Only algo-1's outputs are uploaded, as SageMaker does; its view of the contract:
    expect(seen).toHaveLength(1);
    const [algo1] = seen;
    expect(algo1.env).toMatchObject({
      SM_MODEL_DIR: '/opt/ml/model',
      SM_CHANNEL_TRAIN: '/opt/ml/input/data/train',
      SM_OUTPUT_DATA_DIR: '/opt/ml/output/data',
      SM_CHECKPOINT_DIR: '/opt/ml/checkpoints',
      SM_CURRENT_HOST: 'algo-1',
      SM_HOSTS: '["algo-1","algo-2"]',
      SM_NUM_CPUS: '1',
      SM_HP_DEPTH: '3',
      TRAINING_JOB_NAME: 'contract-container',
      WORLD_SIZE: '2',
      RANK: '0',
    });
    expect(algo1.cwd).toBe('/opt/ml/code');
    expect(algo1.uid).toBe(process.getuid!());
    expect(algo1.hyperparameters).toEqual({ depth: '3' });
    expect(algo1.resourceconfig).toMatchObject({ current_host: 'algo-1', hosts: ['algo-1', 'algo-2'] });
    expect(algo1.train).toEqual(['train.csv']);
    expect(Number(algo1.memory)).toBe(MEMORY_MB * 1024 * 1024);
    expect(algo1.cpu).toMatch(/^100000[ /]100000$/);
    const logs = (await api.get('/v1/training-jobs/contract-container/logs?limit=1000')).json.lines as { host: string; message: string }[];
    expect(
      logs
        .filter((l) => l.message === 'channels are read-only')
        .map((l) => l.host)
        .sort(),
    ).toEqual(['algo-1', 'algo-2']);
  }, 120_000);

  it('stop ends the container: SIGTERM through the engine, the job Stopped and the container removed', async () => {
    await create(inContainer(job('steps-stopped', 'steps')));
    await waitFor('a step', async () => {
      const { lines } = (await api.get('/v1/training-jobs/steps-stopped/logs?limit=1000')).json;
      return (lines as { message: string }[]).some((l) => l.message === 'step=1') || undefined;
    });
    expect((await api.postJson('/v1/training-jobs/steps-stopped/stop', {})).status).toBe(202);
    const found = await waitEnded('steps-stopped', 30_000);
    expect(found.status).toBe('Stopped');
    const { lines } = (await api.get('/v1/training-jobs/steps-stopped/logs?limit=1000')).json;
    expect((lines as { message: string }[]).some((l) => l.message === 'step=8')).toBe(false);
    await waitFor('no container left', async () => ((await containersOf()) === '' ? true : undefined));
  }, 60_000);

  it("a kill -9 of the batch service: the old run's container is removed and the job resumes in a new one from its checkpoint", async () => {
    await create(inContainer(job('steps-resumed', 'steps', { checkpointConfig: { s3Uri: s3('checkpoints/steps-resumed') } })));
    await waitFor(
      'three steps',
      async () => {
        const { lines } = (await api.get('/v1/training-jobs/steps-resumed/logs?limit=1000')).json;
        return (lines as { message: string }[]).some((l) => l.message === 'step=3') || undefined;
      },
      { timeoutMs: 60_000 },
    );
    await deployed.platform.batch.stop('SIGKILL');
    // The container outlives the service that started it...
    expect(await containersOf()).not.toBe('');
    await deployed.platform.batch.start();
    const found = await waitEnded('steps-resumed', 60_000);
    expect(found.failureReason ?? '').toBe('');
    expect(found).toMatchObject({ status: 'Completed', restarts: 1 });
    const { lines } = (await api.get('/v1/training-jobs/steps-resumed/logs?limit=1000')).json;
    const starts = (lines as { message: string }[]).filter((l) => l.message.startsWith('starting at step')).map((l) => l.message);
    expect(starts[0]).toBe('starting at step 0');
    expect(Number(/(\d+)$/.exec(starts[1])![1])).toBeGreaterThanOrEqual(2);
    // ...until the restarted service removes it; the new run's container is gone once it ends.
    expect(await containersOf()).toBe('');
  }, 120_000);

  it('refuses an image the engine does not have, with a 400 at creation', async () => {
    const answer = await api.postJson('/v1/training-jobs', {
      ...job('no-image', 'holdout'),
      algorithm: { image: 'modelserve-test/missing:1', command: ['python3'] },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error.message).toMatch(/algorithm.image: the Docker engine has no image modelserve-test\/missing:1/);
  });
});
