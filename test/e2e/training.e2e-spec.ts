import { ObjectStore } from '@modelserve/storage';
import { Client } from 'pg';
import {
  bearer,
  REPO_ROOT,
  startTestPlatform,
  TEST_ADMIN_KEY,
  testStorageConfig,
  uploadWineChannels,
  waitFor,
  type DeployedPlatform,
  type HttpResult,
} from '@modelserve/testing';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';

const EXAMPLE = join(REPO_ROOT, 'examples', 'training', 'wine');
const SKLEARN_EXAMPLE = join(REPO_ROOT, 'examples', 'training', 'wine-sklearn');
const PYTHON = '/usr/bin/python3';
const ENDED = ['Completed', 'Failed', 'Stopped'];

/** Writes what the training contract gave the code: variables, config files and channel contents. */
const CONTRACT_SCRIPT = `
import json, os
root = os.path.dirname(os.environ["SM_MODEL_DIR"])
config = os.path.join(root, "input", "config")
seen = {
  "env": {k: v for k, v in os.environ.items()},
  "hyperparameters": json.load(open(os.path.join(config, "hyperparameters.json"))),
  "inputdataconfig": json.load(open(os.path.join(config, "inputdataconfig.json"))),
  "resourceconfig": json.load(open(os.path.join(config, "resourceconfig.json"))),
  "train": sorted(os.listdir(os.path.join(root, "input", "data", "train"))),
  "cwd": sorted(os.listdir(".")),
}
json.dump(seen, open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "seen-%s.json" % os.environ["SM_CURRENT_HOST"]), "w"))
open(os.path.join(os.environ["SM_MODEL_DIR"], "weights.txt"), "w").write("1 2 3")
print("accuracy: 0.5")
print("accuracy: 0.75")
`;

describe('training jobs: code from storage runs with the SageMaker container contract, and its model becomes a version', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let store: ObjectStore;
  let bucket: string;
  const scratch = mkdtempSync(join(tmpdir(), 'training-e2e-'));

  beforeAll(async () => {
    const storage = testStorageConfig('training-data');
    bucket = storage.S3_BUCKET;
    deployed = await startTestPlatform('training', {
      extraEnv: {
        BATCH_POLL_MS: '200',
        BATCH_LEASE_MS: '3000',
        TRAINING_SLOTS: '2',
        TRAINING_STOP_GRACE_MS: '2000',
        TRAINING_CHECKPOINT_SYNC_MS: '300',
        STORAGE_ALLOWED_URIS: `s3://${bucket}`,
      },
    });
    api = deployed.api;
    store = new ObjectStore(storage);
    await store.ensureBucket();
    const put = (key: string, body: Buffer | string) => store.uploadStream({ bucket, key }, Buffer.from(body));
    await uploadWineChannels(store, bucket);
    // The example's code as a .tar.gz, as a user would upload it.
    await tar.c({ gzip: true, file: join(scratch, 'code.tar.gz'), cwd: EXAMPLE }, ['train.py']);
    await put('code/wine.tar.gz', readFileSync(join(scratch, 'code.tar.gz')));
    await put('code/contract/contract.py', CONTRACT_SCRIPT);
    await put('code/wine-sklearn/train.py', readFileSync(join(SKLEARN_EXAMPLE, 'train.py')));
  }, 120_000);

  afterAll(() => deployed?.stop());

  const s3 = (key: string) => `s3://${bucket}/${key}`;
  const wineJob = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    algorithm: { command: [PYTHON, 'train.py'], sourceUri: s3('code/wine.tar.gz') },
    hyperParameters: { epochs: '60', learning_rate: '0.01' },
    inputDataConfig: [
      { channelName: 'train', s3Uri: s3('wine/train'), contentType: 'text/csv' },
      { channelName: 'validation', s3Uri: s3('wine/validation') },
    ],
    outputDataConfig: { s3OutputPath: s3('output') },
    metricDefinitions: [
      { name: 'train:loss', regex: 'train_loss=([0-9.]+)' },
      { name: 'validation:accuracy', regex: 'validation_accuracy=([0-9.]+)' },
    ],
    ...extra,
  });
  const shellJob = (name: string, script: string, extra: Record<string, unknown> = {}) => ({
    name,
    algorithm: { command: ['/bin/sh', '-c', script] },
    inputDataConfig: [{ channelName: 'train', s3Uri: s3('wine/train') }],
    outputDataConfig: { s3OutputPath: s3('output') },
    ...extra,
  });

  async function create(body: Record<string, unknown>) {
    const created = await api.postJson('/v1/training-jobs', body);
    expect(created.status === 202 ? created.status : created.text).toBe(202);
    expect(created.json).toMatchObject({ status: 'InProgress' });
    return created.json;
  }
  const describeJob = async (name: string) => (await api.get(`/v1/training-jobs/${name}`)).json;
  const waitUntil = (name: string, accept: (job: HttpResult['json']) => boolean, timeoutMs = 90_000) =>
    waitFor(
      `training job ${name}`,
      async () => {
        const job = await describeJob(name);
        return accept(job) ? job : undefined;
      },
      { timeoutMs, intervalMs: 200 },
    );
  const waitEnded = (name: string, timeoutMs?: number) => waitUntil(name, (job) => ENDED.includes(job.status), timeoutMs);

  /** Unpacks an archive from storage into a fresh directory; its path. */
  async function unpackFromStorage(uri: string): Promise<string> {
    const key = uri.slice(`s3://${bucket}/`.length);
    const file = join(scratch, `${key.replace(/\W/g, '_')}`);
    await store.downloadToFile({ bucket, key }, file);
    const dir = mkdtempSync(join(scratch, 'unpacked-'));
    await tar.x({ file, cwd: dir });
    return dir;
  }
  const statuses = (job: HttpResult['json']) => (job.secondaryStatusTransitions as { status: string }[]).map((t) => t.status);

  it('trains the wine network from a code archive, reports its metrics, and registers a version that serves its predictions', async () => {
    await create(wineJob('wine-1', { modelRegistration: { model: 'wine-trained', description: 'from training', tags: { team: 'ml' } } }));
    const job = await waitEnded('wine-1');
    expect(job.failureReason ?? '').toBe('');
    expect(job).toMatchObject({ status: 'Completed', secondaryStatus: 'Completed', restarts: 0 });
    expect(statuses(job)).toEqual(['Pending', 'Starting', 'Downloading', 'Training', 'Uploading', 'Completed']);
    expect(job.billableSeconds).toBeGreaterThanOrEqual(0);
    expect(Date.parse(job.trainingEndTime)).toBeGreaterThan(Date.parse(job.trainingStartTime));

    // The metric series are what the code printed, every tenth epoch; the final value is the last printed.
    const logs = (await api.get('/v1/training-jobs/wine-1/logs?limit=10000')).json;
    expect(logs.complete).toBe(true);
    const printed = (logs.lines as { host: string; message: string }[])
      .filter((l) => l.host === 'algo-1')
      .flatMap((l) => /validation_accuracy=([0-9.]+)/.exec(l.message)?.[1] ?? [])
      .map(Number);
    expect(printed).toHaveLength(6);
    const { metrics } = (await api.get('/v1/training-jobs/wine-1/metrics')).json;
    const accuracy = metrics.find((m: { metricName: string }) => m.metricName === 'validation:accuracy');
    expect(accuracy.values.map((v: { value: number }) => v.value)).toEqual(printed);
    const final = Object.fromEntries(
      (job.finalMetricDataList as { metricName: string; value: number }[]).map((m) => [m.metricName, m.value]),
    );
    expect(final['validation:accuracy']).toBe(printed.at(-1));
    expect(final['validation:accuracy']).toBeGreaterThan(0.9);

    // model.tar.gz holds model.onnx at its top; output.tar.gz the code's other outputs.
    expect(job.modelArtifacts).toBe(s3('output/wine-1/output/model.tar.gz'));
    expect(readdirSync(await unpackFromStorage(job.modelArtifacts))).toEqual(['model.onnx']);
    const outputs = await unpackFromStorage(job.outputData);
    const expected = readFileSync(join(outputs, 'validation-probabilities.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(',').map(Number));

    // The registered version carries the job's lineage and waits for approval.
    expect(job.registeredModelVersion).toEqual({ model: 'wine-trained', version: 1 });
    const version = (await api.get('/v1/models/wine-trained/versions/1')).json;
    expect(version).toMatchObject({
      approvalStatus: 'PendingManualApproval',
      description: 'from training',
      tags: { team: 'ml' },
      lineage: {
        trainingJob: 'wine-1',
        hyperParameters: { epochs: '60', learning_rate: '0.01' },
        inputDataUris: [s3('wine/train'), s3('wine/validation')],
        command: [PYTHON, 'train.py'],
        sourceUri: s3('code/wine.tar.gz'),
        modelArtifacts: job.modelArtifacts,
      },
    });
    expect(version.lineage.finalMetrics['validation:accuracy']).toBe(final['validation:accuracy']);

    // Deployed, the version answers what the training code itself predicted for the validation rows.
    expect(
      (
        await api.postJson('/v1/endpoint-configs', {
          name: 'wine-trained-1',
          variants: [{ name: 'v1', model: 'wine-trained', version: 1 }],
        })
      ).status,
    ).toBe(201);
    expect((await api.postJson('/v1/endpoints', { name: 'wine-trained', config: 'wine-trained-1' })).status).toBeLessThan(300);
    await api.waitInService('wine-trained', 60_000);
    const rows = readFileSync(join(EXAMPLE, 'data', 'validation', 'validation.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(',').slice(1).join(','));
    const answer = await api.invoke('wine-trained', rows.join('\n') + '\n', 'text/csv', { accept: 'application/json' });
    expect(answer.status).toBe(200);
    const served = JSON.stringify(answer.json)
      .match(/-?\d+(\.\d+)?(e-?\d+)?/g)!
      .map(Number);
    expect(served).toHaveLength(expected.length * 3);
    served.forEach((p, i) => expect(Math.abs(p - expected[Math.floor(i / 3)][i % 3])).toBeLessThan(1e-5));

    // The whole log is kept in storage too.
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read({ bucket, key: 'output/wine-1/logs/training.log' })) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toContain(`validation_accuracy=${printed.at(-1)!.toFixed(4)}`);
  }, 180_000);

  it('trains the scikit-learn example, whose registered version serves what scikit-learn itself predicted', async () => {
    await create({
      ...wineJob('wine-sklearn-1', { modelRegistration: { model: 'wine-sklearn' } }),
      algorithm: { command: [PYTHON, 'train.py'], sourceUri: s3('code/wine-sklearn') },
      hyperParameters: { C: '0.5' },
    });
    const job = await waitEnded('wine-sklearn-1');
    expect(job.failureReason ?? '').toBe('');
    expect(job.status).toBe('Completed');
    expect(job.registeredModelVersion).toEqual({ model: 'wine-sklearn', version: 1 });
    const expected = readFileSync(join(await unpackFromStorage(job.outputData), 'validation-probabilities.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(',').map(Number));
    expect(
      (
        await api.postJson('/v1/endpoint-configs', {
          name: 'wine-sklearn-1',
          variants: [{ name: 'v1', model: 'wine-sklearn', version: 1 }],
        })
      ).status,
    ).toBe(201);
    expect((await api.postJson('/v1/endpoints', { name: 'wine-sklearn', config: 'wine-sklearn-1' })).status).toBeLessThan(300);
    await api.waitInService('wine-sklearn', 60_000);
    const rows = readFileSync(join(EXAMPLE, 'data', 'validation', 'validation.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(',').slice(1).join(','));
    const answer = await api.invoke('wine-sklearn', rows.join('\n') + '\n', 'text/csv', { accept: 'application/json' });
    expect(answer.status).toBe(200);
    const served = (answer.json.predictions as number[][]).flat();
    expect(served).toHaveLength(expected.length * 3);
    served.forEach((p, i) => expect(Math.abs(p - expected[Math.floor(i / 3)][i % 3])).toBeLessThan(1e-5));
  }, 120_000);

  it('gives the code the SageMaker contract on every host, and none of the platform settings', async () => {
    await create({
      name: 'contract',
      algorithm: { command: [PYTHON, 'contract.py'], sourceUri: s3('code/contract') },
      hyperParameters: { epochs: '3', optimizer: 'adam', layers: '[8, 4]' },
      inputDataConfig: [{ channelName: 'train', s3Uri: s3('wine/train'), contentType: 'text/csv' }],
      outputDataConfig: { s3OutputPath: s3('output') },
      resourceConfig: { instanceCount: 2 },
      metricDefinitions: [{ name: 'accuracy', regex: 'accuracy: (\\S+)' }],
      environment: { MY_SETTING: 'on' },
    });
    const job = await waitEnded('contract');
    expect(job).toMatchObject({
      status: 'Completed',
      finalMetricDataList: [expect.objectContaining({ metricName: 'accuracy', value: 0.75 })],
    });
    const seen = JSON.parse(readFileSync(join(await unpackFromStorage(job.outputData), 'seen-algo-1.json'), 'utf8'));
    const root = seen.env.SM_MODEL_DIR.replace(/\/model$/, '');
    expect(seen.env).toMatchObject({
      TRAINING_JOB_NAME: 'contract',
      SM_CHANNELS: '["train"]',
      SM_CHANNEL_TRAIN: `${root}/input/data/train`,
      SM_OUTPUT_DATA_DIR: `${root}/output/data`,
      SM_CURRENT_HOST: 'algo-1',
      SM_HOSTS: '["algo-1","algo-2"]',
      SM_HP_EPOCHS: '3',
      SM_HP_OPTIMIZER: 'adam',
      SM_HP_LAYERS: '[8,4]',
      WORLD_SIZE: '2',
      RANK: '0',
      MY_SETTING: 'on',
    });
    expect(JSON.parse(seen.env.SM_HPS)).toEqual({ epochs: 3, optimizer: 'adam', layers: [8, 4] });
    expect(Number(seen.env.SM_NUM_CPUS)).toBeGreaterThan(0);
    for (const secret of ['DATABASE_URL', 'S3_SECRET_KEY', 'S3_ACCESS_KEY', 'REGISTRY_ADDRESS']) expect(seen.env[secret]).toBeUndefined();
    expect(seen.hyperparameters).toEqual({ epochs: '3', optimizer: 'adam', layers: '[8, 4]' });
    expect(seen.inputdataconfig).toEqual({
      train: { ContentType: 'text/csv', TrainingInputMode: 'File', S3DistributionType: 'FullyReplicated', RecordWrapperType: 'None' },
    });
    expect(seen.resourceconfig).toMatchObject({ current_host: 'algo-1', hosts: ['algo-1', 'algo-2'] });
    expect(seen.train).toEqual(['train.csv']);
    expect(seen.cwd).toEqual(['contract.py']);
    expect(readFileSync(join(await unpackFromStorage(job.modelArtifacts), 'weights.txt'), 'utf8')).toBe('1 2 3');
    // Both hosts ran: their lines are in the log under their names.
    const { lines } = (await api.get('/v1/training-jobs/contract/logs')).json;
    const hosts = new Set((lines as { host: string; message: string }[]).filter((l) => l.message === 'accuracy: 0.75').map((l) => l.host));
    expect([...hosts].sort()).toEqual(['algo-1', 'algo-2']);
  }, 120_000);

  it('trains across two hosts with DistributedDataParallel over gloo, and queues a job until slots are free', async () => {
    await create(wineJob('wine-ddp', { resourceConfig: { instanceCount: 2 }, hyperParameters: { epochs: '40' } }));
    await create(shellJob('after-ddp', 'echo done'));
    const queued = await waitUntil('wine-ddp', (job) => job.secondaryStatus === 'Training' || ENDED.includes(job.status));
    expect(queued.status).toBe('InProgress');
    // Both slots are taken: the second job waits.
    expect((await describeJob('after-ddp')).secondaryStatus).toBe('Pending');
    const ddp = await waitEnded('wine-ddp');
    expect(ddp.failureReason ?? '').toBe('');
    expect(ddp.status).toBe('Completed');
    const { lines } = (await api.get('/v1/training-jobs/wine-ddp/logs?limit=10000')).json;
    const reporting = new Set(
      (lines as { host: string; message: string }[]).filter((l) => l.message.startsWith('epoch=40 ')).map((l) => l.host),
    );
    expect([...reporting].sort()).toEqual(['algo-1', 'algo-2']);
    const after = await waitEnded('after-ddp');
    expect(after.status).toBe('Completed');
    expect(Date.parse(after.trainingStartTime)).toBeGreaterThanOrEqual(Date.parse(ddp.trainingEndTime) - 1000);
  }, 180_000);

  it('fails with the reason the code wrote, or with its exit code and last error lines', async () => {
    await create(shellJob('writes-failure', 'echo "learning_rate must be positive" > "$SM_MODEL_DIR/../output/failure"; exit 1'));
    await create(shellJob('exits-3', 'echo "Traceback: boom" >&2; exit 3'));
    const written = await waitEnded('writes-failure');
    expect(written).toMatchObject({
      status: 'Failed',
      secondaryStatus: 'Failed',
      failureReason: 'AlgorithmError: learning_rate must be positive',
    });
    const exited = await waitEnded('exits-3');
    expect(exited.status).toBe('Failed');
    expect(exited.failureReason).toContain('exited with code 3 on algo-1');
    expect(exited.failureReason).toContain('Traceback: boom');
    expect(exited.modelArtifacts).toBeNull();
  }, 60_000);

  it('stops at maxRuntimeSeconds with SIGTERM and still uploads what the model directory holds', async () => {
    const script = 'trap \'echo saved > "$SM_MODEL_DIR/model.txt"; exit 0\' TERM; echo started; while true; do sleep 0.1; done';
    await create(shellJob('too-long', script, { stoppingCondition: { maxRuntimeSeconds: 3 } }));
    const job = await waitEnded('too-long', 30_000);
    expect(job).toMatchObject({ status: 'Stopped', secondaryStatus: 'MaxRuntimeExceeded' });
    expect(readFileSync(join(await unpackFromStorage(job.modelArtifacts), 'model.txt'), 'utf8')).toBe('saved\n');

    // A program that ignores SIGTERM is killed after the grace period.
    await create(shellJob('stubborn', "trap '' TERM; echo started; while true; do sleep 0.1; done"));
    await waitUntil('stubborn', (j) => j.secondaryStatus === 'Training');
    const stopping = await api.postJson('/v1/training-jobs/stubborn/stop', {});
    expect(stopping.status).toBe(202);
    expect(stopping.json.status).toBe('Stopping');
    const stopped = await waitEnded('stubborn', 30_000);
    expect(stopped).toMatchObject({ status: 'Stopped', secondaryStatus: 'Stopped' });
    expect((await api.postJson('/v1/training-jobs/stubborn/stop', {})).status).toBe(409);
  }, 60_000);

  it('follows a job log as JSON Lines, line by line as printed, until the job ends', async () => {
    await create(shellJob('counting', 'for i in 1 2 3 4 5; do echo "line $i"; sleep 0.4; done'));
    const response = await fetch(`${deployed.platform.gatewayUrl}/v1/training-jobs/counting/logs?follow=true`, {
      headers: bearer(TEST_ADMIN_KEY),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const decoder = new TextDecoder();
    let text = '';
    let statusAtFirstLine: string | undefined;
    for await (const chunk of response.body!) {
      text += decoder.decode(chunk as Uint8Array, { stream: true });
      if (statusAtFirstLine === undefined && text.includes('"line 1"')) statusAtFirstLine = (await describeJob('counting')).status;
    }
    // The first line arrived while the job still ran; the answer ended once it had ended.
    expect(statusAtFirstLine).toBe('InProgress');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.host === 'algo-1').map((l) => l.message)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
    const sequences = lines.map((l) => l.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect((await describeJob('counting')).status).toBe('Completed');
  }, 60_000);

  it('keeps every line of a job that prints faster than lines are stored, in order, by slowing its output down', async () => {
    const LINES = 60_000;
    await create(
      shellJob('chatty', `${PYTHON} -c 'import sys\nfor i in range(${LINES}): sys.stdout.write("line %d value=%d\\n" % (i, i))'`, {
        metricDefinitions: [{ name: 'value', regex: 'value=(\\d+)' }],
      }),
    );
    const job = await waitEnded('chatty');
    expect(job.status).toBe('Completed');
    const lines: string[] = [];
    for (let after = 0; ;) {
      const page = (await api.get(`/v1/training-jobs/chatty/logs?after=${after}&limit=10000`)).json;
      lines.push(...(page.lines as { host: string; message: string }[]).filter((l) => l.host === 'algo-1').map((l) => l.message));
      if (page.complete) break;
      after = page.next;
    }
    expect(lines).toHaveLength(LINES);
    lines.forEach((line, i) => expect(line).toBe(`line ${i} value=${i}`));
    const { metrics } = (await api.get('/v1/training-jobs/chatty/metrics')).json;
    expect(metrics[0].values).toHaveLength(LINES);
    expect(job.finalMetricDataList[0].value).toBe(LINES - 1);
  }, 120_000);

  it('resumes from its last checkpoint after the batch service is killed, and fails a job without checkpoints', async () => {
    await create(
      wineJob('resumed', {
        hyperParameters: { epochs: '200', seconds_per_epoch: '0.03' },
        checkpointConfig: { s3Uri: s3('checkpoints/resumed') },
      }),
    );
    await create(shellJob('no-checkpoints', 'while true; do sleep 0.1; done'));
    await waitFor(
      'a checkpoint in storage',
      async () => (await store.sizeOf({ bucket, key: 'checkpoints/resumed/checkpoint.pt' })) !== undefined,
      {
        timeoutMs: 60_000,
      },
    );
    await waitUntil('no-checkpoints', (j) => j.secondaryStatus === 'Training');
    await deployed.platform.batch.stop('SIGKILL');
    await deployed.platform.batch.start();
    const [resumed, failed] = await Promise.all([waitEnded('resumed', 120_000), waitEnded('no-checkpoints', 60_000)]);
    expect(failed.status).toBe('Failed');
    expect(failed.failureReason).toContain('with checkpointConfig the job would resume');
    expect(resumed.failureReason ?? '').toBe('');
    expect(resumed).toMatchObject({ status: 'Completed', restarts: 1 });
    expect(statuses(resumed)).toContain('Restarting');
    const { lines } = (await api.get('/v1/training-jobs/resumed/logs?limit=10000')).json;
    const messages = (lines as { message: string }[]).map((l) => l.message);
    expect(messages.some((m) => m.startsWith('resuming from the checkpoint of epoch'))).toBe(true);
    expect(messages.filter((m) => m.startsWith('epoch=200 '))).toHaveLength(1);
    // No process of the killed service's runs is left.
    const leftovers = readdirSync('/proc').filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/environ`).includes('TRAINING_JOB_NAME=no-checkpoints\0');
      } catch {
        return false;
      }
    });
    expect(leftovers).toEqual([]);
  }, 240_000);

  it('ends the processes of a run that no job holds any more when the service on their machine starts again', async () => {
    await create(shellJob('orphaned', 'while true; do sleep 0.1; done'));
    const running = () =>
      readdirSync('/proc').filter((pid) => {
        try {
          return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/environ`).includes('TRAINING_JOB_NAME=orphaned\0');
        } catch {
          return false;
        }
      });
    await waitFor("the job's processes", async () => (running().length > 0 ? true : undefined));
    await deployed.platform.batch.stop('SIGKILL');
    try {
      expect(running().length).toBeGreaterThan(0);
      // Meanwhile an instance on another machine took the job over and ended it: no job records the old run.
      const db = new Client({ connectionString: deployed.platform.batch.env.DATABASE_URL });
      await db.connect();
      await db.query(
        `UPDATE training_jobs SET status = 'Failed', failure_reason = 'ended elsewhere', owner = NULL, run_id = NULL, ended_at = now() WHERE name = 'orphaned'`,
      );
      await db.end();
    } finally {
      await deployed.platform.batch.start();
    }
    await waitFor('the orphaned run ended', async () => (running().length === 0 ? true : undefined));
    expect((await describeJob('orphaned')).failureReason).toBe('ended elsewhere');
  }, 60_000);

  it('refuses at creation what could only fail later, with a 4xx naming the problem', async () => {
    const refused = async (body: Record<string, unknown>, status: number, message: RegExp) => {
      const answer = await api.postJson('/v1/training-jobs', body);
      expect({ status: answer.status, message: answer.json?.error?.message ?? answer.text }).toEqual({
        status,
        message: expect.stringMatching(message),
      });
    };
    await refused(
      shellJob('empty-channel', 'true', { inputDataConfig: [{ channelName: 'train', s3Uri: s3('nothing/here') }] }),
      400,
      /no objects under/,
    );
    await refused(
      { ...shellJob('no-source', 'true'), algorithm: { command: ['x'], sourceUri: s3('code/missing.tar.gz') } },
      400,
      /names no object/,
    );
    await refused(
      { ...shellJob('image', 'true'), algorithm: { image: 'trainer:latest' } },
      400,
      /needs a Docker engine, and this batch service has none/,
    );
    await refused(shellJob('too-wide', 'true', { resourceConfig: { instanceCount: 3 } }), 400, /training slots/);
    await refused(shellJob('bad-regex', 'true', { metricDefinitions: [{ name: 'm', regex: '(' }] }), 400, /does not compile/);
    await refused(shellJob('number-hp', 'true', { hyperParameters: { epochs: 3 } }), 400, /strings/);
    await refused(shellJob('outside', 'true', { outputDataConfig: { s3OutputPath: 's3://another-bucket/out' } }), 403, /another-bucket/);
    await refused(shellJob('exits-3', 'true'), 409, /already exists/);
    expect((await api.get('/v1/training-jobs/nobody')).status).toBe(404);
  });
});
