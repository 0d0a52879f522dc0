import { ObjectStore } from '@modelserve/storage';
import {
  jobsOf,
  REPO_ROOT,
  startTestPlatform,
  testStorageConfig,
  uploadWineChannels,
  waitFor,
  type DeployedPlatform,
  type HttpResult,
} from '@modelserve/testing';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';

const EXAMPLE = join(REPO_ROOT, 'examples', 'training', 'wine');
const PYTHON = '/usr/bin/python3';
const ENDED = ['Completed', 'Failed', 'Stopped'];

/**
 * A training script whose objective is a known function of its hyperparameters: the score printed at
 * epoch e of E is e/E of the final score 1 - (log10(lr) + 2)^2 / 4 - (layers - 3)^2 / 16, with a
 * penalty of 0.2 for tanh. The best is lr = 0.01, layers = 3, relu: 1.0.
 */
const OBJECTIVE_SCRIPT = `
import json, math, os, time
hp = json.loads(os.environ["SM_HPS"])
lr, layers, activation = float(hp["lr"]), int(hp["layers"]), hp["activation"]
epochs, delay = int(hp.get("epochs", "3")), float(hp.get("delay", "0"))
final = 1 - (math.log10(lr) + 2) ** 2 / 4 - (layers - 3) ** 2 / 16 - (0.2 if activation == "tanh" else 0)
for epoch in range(1, epochs + 1):
    print("epoch=%d score=%.6f" % (epoch, final * epoch / epochs), flush=True)
    time.sleep(delay)
open(os.path.join(os.environ["SM_MODEL_DIR"], "params.json"), "w").write(json.dumps(hp))
`;
const optimumDistance = (hp: Record<string, string>) =>
  (Math.log10(Number(hp.lr)) + 2) ** 2 / 4 + (Number(hp.layers) - 3) ** 2 / 16 + (hp.activation === 'tanh' ? 0.2 : 0);

describe('hyperparameter tuning: training jobs chosen by a strategy, the best one deployed', () => {
  let deployed: DeployedPlatform;
  let api: DeployedPlatform['api'];
  let bucket: string;
  const scratch = mkdtempSync(join(tmpdir(), 'tuning-e2e-'));

  beforeAll(async () => {
    const storage = testStorageConfig('tuning-data');
    bucket = storage.S3_BUCKET;
    deployed = await startTestPlatform('tuning', {
      extraEnv: {
        BATCH_POLL_MS: '200',
        BATCH_LEASE_MS: '3000',
        TRAINING_SLOTS: '3',
        TRAINING_STOP_GRACE_MS: '1000',
        STORAGE_ALLOWED_URIS: `s3://${bucket}`,
      },
    });
    api = deployed.api;
    const store = new ObjectStore(storage);
    await store.ensureBucket();
    const put = (key: string, body: Buffer | string) => store.uploadStream({ bucket, key }, Buffer.from(body));
    await uploadWineChannels(store, bucket);
    await tar.c({ gzip: true, file: join(scratch, 'code.tar.gz'), cwd: EXAMPLE }, ['train.py']);
    await put('code/wine.tar.gz', readFileSync(join(scratch, 'code.tar.gz')));
    await put('code/objective/objective.py', OBJECTIVE_SCRIPT);
  }, 120_000);

  afterAll(() => deployed?.stop());

  const s3 = (key: string) => `s3://${bucket}/${key}`;
  const objectiveDefinition = (hyperParameters: Record<string, string> = {}) => ({
    algorithm: { command: [PYTHON, 'objective.py'], sourceUri: s3('code/objective') },
    hyperParameters,
    inputDataConfig: [{ channelName: 'train', s3Uri: s3('wine/train') }],
    outputDataConfig: { s3OutputPath: s3('output') },
    metricDefinitions: [{ name: 'score', regex: 'score=([-0-9.]+)' }],
  });
  const objectiveRanges = {
    continuous: [{ name: 'lr', min: 0.0001, max: 1, scaling: 'Logarithmic' }],
    integer: [{ name: 'layers', min: 1, max: 6 }],
    categorical: [{ name: 'activation', values: ['relu', 'tanh'] }],
  };

  async function create(body: Record<string, unknown>) {
    const created = await jobsOf(api, 'tuning-jobs').create(body);
    expect(created).toMatchObject({ name: body.name, status: 'InProgress' });
    return created;
  }
  const describeJob = (name: string) => jobsOf(api, 'tuning-jobs').describe(name);
  const waitEnded = (name: string, timeoutMs = 120_000) => jobsOf(api, 'tuning-jobs').waitEnded(name, timeoutMs);
  type Child = {
    name: string;
    status: string;
    tunedHyperParameters: Record<string, string>;
    objective: { value: number } | null;
    earlyStopped: boolean;
  };
  const childrenOf = (job: HttpResult['json']) => job.trainingJobs as Child[];

  it('Bayesian search finds a setting within 0.1 of the optimum of a known objective in 12 training jobs, 2 at a time', async () => {
    await create({
      name: 'known-bayes',
      strategy: 'Bayesian',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 12, maxParallelTrainingJobs: 2 },
      trainingJobDefinition: objectiveDefinition(),
      randomSeed: 7,
    });
    const job = await waitEnded('known-bayes');
    expect(job.failureReason ?? '').toBe('');
    expect(job.status).toBe('Completed');
    const children = childrenOf(job);
    expect(children).toHaveLength(12);
    expect(job.trainingJobStatusCounters).toEqual({ Completed: 12, InProgress: 0, Failed: 0, Stopped: 0 });
    expect(job.objectiveStatusCounters).toEqual({ Succeeded: 12, Pending: 0, Failed: 0 });
    // Training jobs are named as SageMaker names them, and each is a training job of its own.
    for (const child of children) expect(child.name).toMatch(/^known-bayes-\d{3}-[0-9a-f]{8}$/);
    const one = (await api.get(`/v1/training-jobs/${children[0].name}`)).json;
    expect(one).toMatchObject({ status: 'Completed', tuningJob: 'known-bayes' });
    expect(one.hyperParameters).toEqual(children[0].tunedHyperParameters);

    // The best is the largest final score, and it is close to the known optimum.
    const best = job.bestTrainingJob;
    const scores = children.map((c) => c.objective!.value);
    expect(best.objective.value).toBe(Math.max(...scores));
    expect(optimumDistance(best.tunedHyperParameters)).toBeLessThan(0.1);
    expect(best.objective.value).toBeCloseTo(1 - optimumDistance(best.tunedHyperParameters), 5);
    expect(job.randomSeed).toBe(7);
  }, 180_000);

  it('warm start from a finished tuning job: its results inform the first trial and count for the overall best', async () => {
    const body = (name: string, extra: Record<string, unknown>) => ({
      name,
      strategy: 'Bayesian',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 2, maxParallelTrainingJobs: 2 },
      trainingJobDefinition: objectiveDefinition(),
      randomSeed: 5,
      ...extra,
    });
    await create(body('known-warm', { warmStart: { parentTuningJobs: ['known-bayes'], type: 'IdenticalDataAndAlgorithm' } }));
    await create(body('known-cold', {}));
    const [warm, cold] = [await waitEnded('known-warm'), await waitEnded('known-cold')];
    expect([warm.status, cold.status]).toEqual(['Completed', 'Completed']);
    const parent = await describeJob('known-bayes');
    // With the same seed, a cold start's first trials are random draws; a warm start's come from the
    // surrogate fitted to the parent's twelve results, and repeat none of them.
    const settings = (job: HttpResult['json']) => childrenOf(job).map((c) => JSON.stringify(c.tunedHyperParameters));
    expect(settings(warm)[0]).not.toBe(settings(cold)[0]);
    for (const setting of settings(warm)) expect(settings(parent)).not.toContain(setting);
    expect(cold.overallBestTrainingJob).toBeUndefined();
    const overall = warm.overallBestTrainingJob;
    expect(overall.objective.value).toBe(Math.max(warm.bestTrainingJob.objective.value, parent.bestTrainingJob.objective.value));
    expect([...settings(warm), ...settings(parent)]).toContain(JSON.stringify(overall.tunedHyperParameters));
  }, 120_000);

  it('Grid search runs every combination of the integer and categorical ranges once', async () => {
    await create({
      name: 'known-grid',
      strategy: 'Grid',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: { integer: [{ name: 'layers', min: 2, max: 4 }], categorical: [{ name: 'activation', values: ['relu', 'tanh'] }] },
      resourceLimits: { maxParallelTrainingJobs: 3 },
      trainingJobDefinition: objectiveDefinition({ lr: '0.01' }),
    });
    const job = await waitEnded('known-grid');
    expect(job.status).toBe('Completed');
    const combos = childrenOf(job)
      .map((c) => `${c.tunedHyperParameters.layers}/${c.tunedHyperParameters.activation}`)
      .sort();
    expect(combos).toEqual(['2/relu', '2/tanh', '3/relu', '3/tanh', '4/relu', '4/tanh']);
    expect(job.bestTrainingJob.tunedHyperParameters).toEqual({ layers: '3', activation: 'relu' });
    expect(job.bestTrainingJob.objective.value).toBeCloseTo(1, 6);
  }, 120_000);

  it('Hyperband stops training jobs that fall behind at a rung, on the values they print while they run', async () => {
    await create({
      name: 'known-hyperband',
      strategy: 'Hyperband',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 9, maxParallelTrainingJobs: 3 },
      hyperband: { minResource: 1, maxResource: 9 },
      trainingJobDefinition: objectiveDefinition({ epochs: '9', delay: '0.4' }),
      randomSeed: 3,
    });
    const job = await waitEnded('known-hyperband', 150_000);
    expect(job.status).toBe('Completed');
    const children = childrenOf(job);
    expect(children).toHaveLength(9);
    const stopped = children.filter((c) => c.earlyStopped);
    expect(stopped.length).toBeGreaterThan(0);
    for (const child of stopped) {
      expect(child.status).toBe('Stopped');
      // Stopped before its ninth epoch, and never the best.
      const { metrics } = (await api.get(`/v1/training-jobs/${child.name}/metrics`)).json;
      expect(metrics[0].values.length).toBeLessThan(9);
      expect(child.name).not.toBe(job.bestTrainingJob.name);
    }
    expect(job.trainingJobStatusCounters.Stopped).toBe(stopped.length);
    const completed = children.filter((c) => c.status === 'Completed');
    expect(job.bestTrainingJob.objective.value).toBe(Math.max(...completed.map((c) => c.objective!.value)));
  }, 180_000);

  it('early stopping (Auto) stops a running job doing worse than the median of earlier ones at the same epoch', async () => {
    await create({
      name: 'known-median',
      strategy: 'Random',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 8, maxParallelTrainingJobs: 1 },
      earlyStopping: 'Auto',
      trainingJobDefinition: objectiveDefinition({ epochs: '8', delay: '0.15' }),
      randomSeed: 11,
    });
    const job = await waitEnded('known-median', 150_000);
    expect(job.status).toBe('Completed');
    const children = childrenOf(job);
    expect(children).toHaveLength(8);
    const stopped = children.filter((c) => c.earlyStopped);
    expect(stopped.length).toBeGreaterThan(0);
    // The first three have nothing to be compared with; a stopped job ended before its last epoch and
    // would not have been the best.
    for (const child of children.slice(0, 3)) expect(child.earlyStopped).toBe(false);
    for (const child of stopped) {
      expect(child.status).toBe('Stopped');
      const { metrics } = (await api.get(`/v1/training-jobs/${child.name}/metrics`)).json;
      expect(metrics[0].values.length).toBeLessThan(8);
      expect(1 - optimumDistance(child.tunedHyperParameters)).toBeLessThan(job.bestTrainingJob.objective.value);
    }
  }, 180_000);

  it('stop ends every running training job and then the tuning job, as Stopped', async () => {
    await create({
      name: 'known-stop',
      strategy: 'Random',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 20, maxParallelTrainingJobs: 2 },
      trainingJobDefinition: objectiveDefinition({ epochs: '100', delay: '0.2' }),
    });
    await waitFor('two running training jobs', async () => {
      const job = await describeJob('known-stop');
      return job.trainingJobStatusCounters.InProgress === 2 || undefined;
    });
    const stopping = await api.postJson('/v1/tuning-jobs/known-stop/stop', {});
    expect(stopping.status).toBe(202);
    expect(stopping.json.status).toBe('Stopping');
    const job = await waitEnded('known-stop');
    expect(job.status).toBe('Stopped');
    expect(childrenOf(job).length).toBeLessThan(20);
    for (const child of childrenOf(job)) expect(ENDED).toContain(child.status);
    expect(childrenOf(job).some((c) => c.status === 'Stopped' && !c.earlyStopped)).toBe(true);
    expect((await api.postJson('/v1/tuning-jobs/known-stop/stop', {})).status).toBe(409);
  }, 120_000);

  it('a kill -9 of the batch service loses no decision: the tuning job goes on and starts exactly its budget', async () => {
    await create({
      name: 'known-crash',
      strategy: 'Random',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 6, maxParallelTrainingJobs: 2 },
      trainingJobDefinition: objectiveDefinition({ epochs: '4', delay: '0.3' }),
    });
    await waitFor(
      'a finished training job',
      async () => (await describeJob('known-crash')).trainingJobStatusCounters.Completed >= 1 || undefined,
      {
        timeoutMs: 60_000,
      },
    );
    await deployed.platform.batch.stop('SIGKILL');
    await deployed.platform.batch.start();
    const job = await waitEnded('known-crash');
    expect(job.status).toBe('Completed');
    const children = childrenOf(job);
    expect(children).toHaveLength(6);
    expect(new Set(children.map((c) => c.name)).size).toBe(6);
    // Jobs running at the kill have no checkpoints: they failed with a reason; the rest completed.
    for (const child of children) expect(['Completed', 'Failed']).toContain(child.status);
    expect(job.trainingJobStatusCounters.Completed).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('deploys the best model of a tuning job over the wine example to a new endpoint that serves it', async () => {
    await create({
      name: 'wine-tune',
      strategy: 'Random',
      objective: { metricName: 'validation:accuracy', type: 'Maximize' },
      parameterRanges: { integer: [{ name: 'hidden', min: 4, max: 32 }] },
      resourceLimits: { maxNumberOfTrainingJobs: 3, maxParallelTrainingJobs: 3 },
      trainingJobDefinition: {
        algorithm: { command: [PYTHON, 'train.py'], sourceUri: s3('code/wine.tar.gz') },
        hyperParameters: { epochs: '40', learning_rate: '0.02' },
        inputDataConfig: [
          { channelName: 'train', s3Uri: s3('wine/train') },
          { channelName: 'validation', s3Uri: s3('wine/validation') },
        ],
        outputDataConfig: { s3OutputPath: s3('output') },
        metricDefinitions: [{ name: 'validation:accuracy', regex: 'validation_accuracy=([0-9.]+)' }],
        modelRegistration: { model: 'wine-tuned', description: 'best of wine-tune' },
      },
      randomSeed: 1,
    });
    // Before any job has completed there is nothing to deploy.
    const early = await api.postJson('/v1/tuning-jobs/wine-tune/deploy', { endpoint: 'wine-tuned' });
    expect(early.status).toBe(409);
    expect(early.json.error.message).toMatch(/no completed training job/);

    const job = await waitEnded('wine-tune', 150_000);
    expect(job.status).toBe('Completed');
    const best = job.bestTrainingJob;
    // Models are not registered per training job; only the deployed best becomes a version.
    expect((await api.get('/v1/models/wine-tuned')).status).toBe(404);

    const deploy = await api.postJson('/v1/tuning-jobs/wine-tune/deploy', { endpoint: 'wine-tuned' });
    expect(deploy.status === 202 ? 202 : deploy.text).toBe(202);
    expect(deploy.json).toMatchObject({ model: 'wine-tuned', version: 1, trainingJob: best.name });
    const version = (await api.get('/v1/models/wine-tuned/versions/1')).json;
    expect(version.lineage).toMatchObject({ trainingJob: best.name, hyperParameters: { hidden: best.tunedHyperParameters.hidden } });
    expect(version.tags).toMatchObject({ 'modelserve:tuning-job': 'wine-tune' });
    await api.waitInService('wine-tuned', 60_000);
    const row = readFileSync(join(EXAMPLE, 'data', 'validation', 'validation.csv'), 'utf8')
      .split('\n')[0]
      .split(',')
      .slice(1)
      .join(',');
    const answer = await api.invoke('wine-tuned', `${row}\n`, 'text/csv', { accept: 'application/json' });
    expect(answer.status).toBe(200);

    // Asked again, the same version and config: no second version, the endpoint stays as it is.
    const again = await api.postJson('/v1/tuning-jobs/wine-tune/deploy', { endpoint: 'wine-tuned' });
    expect(again.status).toBe(202);
    expect(again.json).toMatchObject({ version: 1, endpointConfig: deploy.json.endpointConfig });
    expect((await api.get('/v1/models/wine-tuned/versions')).json.versions).toHaveLength(1);
    expect((await describeJob('wine-tune')).registeredModelVersion).toEqual({ model: 'wine-tuned', version: 1 });
  }, 240_000);

  it('refuses a tuning job that could not run, with a 400 naming the problem', async () => {
    const base = {
      name: 'bad',
      objective: { metricName: 'score', type: 'Maximize' },
      parameterRanges: objectiveRanges,
      resourceLimits: { maxNumberOfTrainingJobs: 2 },
      trainingJobDefinition: objectiveDefinition(),
    };
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ ...base, objective: { metricName: 'loss', type: 'Minimize' } }, /loss is not among trainingJobDefinition.metricDefinitions/],
      [{ ...base, strategy: 'Grid' }, /Grid search enumerates categorical and integer ranges only/],
      [{ ...base, resourceLimits: {} }, /Bayesian search needs maxNumberOfTrainingJobs/],
      [{ ...base, trainingJobDefinition: objectiveDefinition({ lr: '0.1' }) }, /lr is both tuned and a static hyperparameter/],
      [
        { ...base, parameterRanges: { continuous: [{ name: 'lr', min: 0, max: 1, scaling: 'Logarithmic' }] } },
        /Logarithmic range needs min above 0/,
      ],
      [{ ...base, warmStart: { parentTuningJobs: ['no-such'], type: 'IdenticalDataAndAlgorithm' } }, /tuning job no-such does not exist/],
      [{ ...base, warmStart: { parentTuningJobs: ['known-grid'], type: 'IdenticalDataAndAlgorithm' } }, /tunes other hyperparameters/],
      [
        {
          ...base,
          trainingJobDefinition: { ...objectiveDefinition(), inputDataConfig: [{ channelName: 'train', s3Uri: s3('nothing-here') }] },
        },
        /trainingJobDefinition.inputDataConfig\[0\] \(train\): no objects/,
      ],
      [{ ...base, name: 'a-name-that-is-longer-than-32-chars' }, /name: 1-32 letters/],
    ];
    for (const [body, message] of refusals) {
      const answer = await api.postJson('/v1/tuning-jobs', body);
      expect({ status: answer.status, message: answer.json?.error?.message }).toEqual({
        status: 400,
        message: expect.stringMatching(message),
      });
    }
    expect((await api.postJson('/v1/tuning-jobs', { ...base, name: 'known-bayes' })).status).toBe(409);
    expect((await api.get('/v1/tuning-jobs/bad')).status).toBe(404);
  });
});
