import {
  CreateHyperParameterTuningJobCommand,
  CreateTrainingJobCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeTrainingJobCommand,
  ListHyperParameterTuningJobsCommand,
  ListTrainingJobsCommand,
  ListTrainingJobsForHyperParameterTuningJobCommand,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  StopTrainingJobCommand,
  waitUntilTrainingJobCompletedOrStopped,
} from '@aws-sdk/client-sagemaker';
import { ObjectStore } from '@modelserve/storage';
import { REPO_ROOT, startTestPlatform, testStorageConfig, uploadWineChannels, waitFor, type DeployedPlatform } from '@modelserve/testing';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';

const EXAMPLE = join(REPO_ROOT, 'examples', 'training', 'wine-sklearn');
const FAST_WAITER = { minDelay: 1, maxDelay: 2, maxWaitTime: 120 };

/**
 * Training and tuning jobs as the unmodified AWS SDK (v3) drives them, with a key the platform issued:
 * a script-mode job as the SageMaker Python SDK sends one (its program and source directory in
 * hyperparameters), its description, list and waiter, a tuning job with its best training job, and
 * SageMaker's errors.
 */
describe('training and tuning jobs through @aws-sdk/client-sagemaker', () => {
  let deployed: DeployedPlatform;
  let sagemaker: SageMakerClient;
  let bucket: string;
  const scratch = mkdtempSync(join(tmpdir(), 'sagemaker-training-e2e-'));

  beforeAll(async () => {
    const storage = testStorageConfig('sagemaker-training');
    bucket = storage.S3_BUCKET;
    deployed = await startTestPlatform('sagemaker-training', {
      extraEnv: { BATCH_POLL_MS: '200', TRAINING_SLOTS: '2', TRAINING_STOP_GRACE_MS: '1000', STORAGE_ALLOWED_URIS: `s3://${bucket}` },
    });
    // Creating training jobs takes the admin scope: the code runs on the batch service's machine.
    const key = await deployed.api.issueKey('sdk-trainer', ['admin']);
    sagemaker = new SageMakerClient({
      endpoint: deployed.platform.gatewayUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
      maxAttempts: 1,
    });
    const store = new ObjectStore(storage);
    await store.ensureBucket();
    const put = (objectKey: string, body: Buffer | string) => store.uploadStream({ bucket, key: objectKey }, Buffer.from(body));
    await uploadWineChannels(store, bucket);
    // The SageMaker Python SDK uploads the source directory as sourcedir.tar.gz.
    await tar.c({ gzip: true, file: join(scratch, 'sourcedir.tar.gz'), cwd: EXAMPLE }, ['train.py']);
    await put('sdk/code/sourcedir.tar.gz', readFileSync(join(scratch, 'sourcedir.tar.gz')));
  }, 120_000);

  afterAll(async () => {
    sagemaker?.destroy();
    await deployed?.stop();
  });

  const s3 = (objectKey: string) => `s3://${bucket}/${objectKey}`;
  /** A training job's settings as the SageMaker Python SDK's SKLearn estimator sends them, in script mode. */
  const definition = () => ({
    AlgorithmSpecification: {
      TrainingImage: undefined,
      TrainingInputMode: 'File' as const,
      MetricDefinitions: [{ Name: 'validation:loss', Regex: 'validation_loss=([0-9.]+)' }],
    },
    RoleArn: 'arn:aws:iam::000000000000:role/kept',
    InputDataConfig: ['train', 'validation'].map((channel) => ({
      ChannelName: channel,
      DataSource: {
        S3DataSource: { S3DataType: 'S3Prefix' as const, S3Uri: s3(`wine/${channel}`), S3DataDistributionType: 'FullyReplicated' as const },
      },
      ContentType: 'text/csv',
    })),
    OutputDataConfig: { S3OutputPath: s3('sdk/output') },
    ResourceConfig: { InstanceType: 'ml.m5.large' as const, InstanceCount: 1, VolumeSizeInGB: 1 },
    StoppingCondition: { MaxRuntimeInSeconds: 600 },
  });
  const scriptMode = () => ({
    sagemaker_program: '"train.py"',
    sagemaker_submit_directory: `"${s3('sdk/code/sourcedir.tar.gz')}"`,
  });

  it('runs a script-mode training job and describes it as SageMaker does, waiter included', async () => {
    const created = await sagemaker.send(
      new CreateTrainingJobCommand({ TrainingJobName: 'sdk-train', HyperParameters: { ...scriptMode(), C: '0.5' }, ...definition() }),
    );
    expect(created.TrainingJobArn).toBe('arn:aws:sagemaker:us-east-1:000000000000:training-job/sdk-train');
    const waited = await waitUntilTrainingJobCompletedOrStopped({ client: sagemaker, ...FAST_WAITER }, { TrainingJobName: 'sdk-train' });
    expect(waited.state).toBe('SUCCESS');
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'sdk-train' }));
    expect(job.FailureReason).toBeUndefined();
    expect(job).toMatchObject({
      TrainingJobName: 'sdk-train',
      TrainingJobStatus: 'Completed',
      SecondaryStatus: 'Completed',
      RoleArn: 'arn:aws:iam::000000000000:role/kept',
      HyperParameters: { ...scriptMode(), C: '0.5' },
      ModelArtifacts: { S3ModelArtifacts: s3('sdk/output/sdk-train/output/model.tar.gz') },
      ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 1 },
      StoppingCondition: { MaxRuntimeInSeconds: 600 },
      OutputDataConfig: { S3OutputPath: s3('sdk/output') },
    });
    expect(job.InputDataConfig!.map((c) => [c.ChannelName, c.DataSource!.S3DataSource!.S3Uri])).toEqual([
      ['train', s3('wine/train')],
      ['validation', s3('wine/validation')],
    ]);
    // The SDK parses times as dates.
    expect(job.CreationTime).toBeInstanceOf(Date);
    expect(job.TrainingEndTime!.getTime()).toBeGreaterThanOrEqual(job.TrainingStartTime!.getTime());
    expect(job.SecondaryStatusTransitions!.map((t) => t.Status)).toEqual([
      'Pending',
      'Starting',
      'Downloading',
      'Training',
      'Uploading',
      'Completed',
    ]);
    const loss = job.FinalMetricDataList!.find((m) => m.MetricName === 'validation:loss')!;
    expect(loss.Value).toBeGreaterThan(0);
    expect(loss.Value).toBeLessThan(0.5);
    // The REST API sees the same job, run as a process from the source directory.
    const rest = (await deployed.api.get('/v1/training-jobs/sdk-train')).json;
    expect(rest.algorithm).toEqual({ command: ['/usr/bin/python3', 'train.py'], sourceUri: s3('sdk/code/sourcedir.tar.gz') });

    const listed = await sagemaker.send(new ListTrainingJobsCommand({ NameContains: 'sdk-', StatusEquals: 'Completed' }));
    expect(listed.TrainingJobSummaries!.map((s) => s.TrainingJobName)).toContain('sdk-train');
  }, 120_000);

  it('stops a training job, and answers SageMaker errors for bad and unknown jobs', async () => {
    await sagemaker.send(
      new CreateTrainingJobCommand({
        ...definition(),
        TrainingJobName: 'sdk-sleep',
        AlgorithmSpecification: { ...definition().AlgorithmSpecification, ContainerEntrypoint: ['/bin/sleep'], ContainerArguments: ['60'] },
      }),
    );
    await waitFor('sdk-sleep training', async () => {
      const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'sdk-sleep' }));
      return job.SecondaryStatus === 'Training' || undefined;
    });
    await sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: 'sdk-sleep' }));
    const waited = await waitUntilTrainingJobCompletedOrStopped({ client: sagemaker, ...FAST_WAITER }, { TrainingJobName: 'sdk-sleep' });
    expect(waited.state).toBe('SUCCESS');
    expect((await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'sdk-sleep' }))).TrainingJobStatus).toBe('Stopped');

    // As SageMaker answers: a missing training job is a ValidationException, a missing tuning job ResourceNotFound.
    const missing = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'no-such-job' })).catch((e: unknown) => e);
    expect(missing).toMatchObject({ name: 'ValidationException', message: expect.stringMatching(/not found/) });
    const missingTuning = await sagemaker
      .send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'no-such-job' }))
      .catch((e: unknown) => e);
    expect(missingTuning).toBeInstanceOf(ResourceNotFound);
    const again = await sagemaker
      .send(new CreateTrainingJobCommand({ TrainingJobName: 'sdk-train', HyperParameters: scriptMode(), ...definition() }))
      .catch((e: unknown) => e as SageMakerServiceException);
    expect(again).toMatchObject({ name: 'ValidationException', message: expect.stringMatching(/already exists/) });
    const noCode = await sagemaker
      .send(new CreateTrainingJobCommand({ TrainingJobName: 'sdk-nocode', ...definition() }))
      .catch((e: unknown) => e as SageMakerServiceException);
    expect(noCode).toMatchObject({ name: 'ValidationException', message: expect.stringMatching(/command/) });
  }, 90_000);

  it('runs a tuning job and lists its training jobs with their objective, the best one first-class', async () => {
    const created = await sagemaker.send(
      new CreateHyperParameterTuningJobCommand({
        HyperParameterTuningJobName: 'sdk-tune',
        HyperParameterTuningJobConfig: {
          Strategy: 'Random',
          HyperParameterTuningJobObjective: { Type: 'Minimize', MetricName: 'validation:loss' },
          ResourceLimits: { MaxNumberOfTrainingJobs: 3, MaxParallelTrainingJobs: 2 },
          ParameterRanges: { ContinuousParameterRanges: [{ Name: 'C', MinValue: '0.01', MaxValue: '10', ScalingType: 'Logarithmic' }] },
          TrainingJobEarlyStoppingType: 'Off',
          RandomSeed: 4,
        },
        TrainingJobDefinition: { ...definition(), StaticHyperParameters: scriptMode() },
      }),
    );
    expect(created.HyperParameterTuningJobArn).toBe('arn:aws:sagemaker:us-east-1:000000000000:hyper-parameter-tuning-job/sdk-tune');
    const job = await waitFor(
      'sdk-tune',
      async () => {
        const described = await sagemaker.send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'sdk-tune' }));
        return described.HyperParameterTuningJobStatus === 'Completed' ? described : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(job.TrainingJobStatusCounters).toEqual({ Completed: 3, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 });
    expect(job.ObjectiveStatusCounters).toEqual({ Succeeded: 3, Pending: 0, Failed: 0 });
    expect(job.HyperParameterTuningJobConfig).toMatchObject({
      Strategy: 'Random',
      RandomSeed: 4,
      ParameterRanges: { ContinuousParameterRanges: [{ Name: 'C', MinValue: '0.01', MaxValue: '10', ScalingType: 'Logarithmic' }] },
    });
    const { TrainingJobSummaries: children } = await sagemaker.send(
      new ListTrainingJobsForHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'sdk-tune', MaxResults: 10 }),
    );
    expect(children).toHaveLength(3);
    const losses = children!.map((c) => c.FinalHyperParameterTuningJobObjectiveMetric!.Value!);
    const best = job.BestTrainingJob!;
    expect(best.FinalHyperParameterTuningJobObjectiveMetric).toMatchObject({ MetricName: 'validation:loss', Value: Math.min(...losses) });
    expect(Number(best.TunedHyperParameters!.C)).toBeGreaterThanOrEqual(0.01);
    // Each is a training job of its own, with its tuning job's ARN.
    const child = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: best.TrainingJobName }));
    expect(child.TuningJobArn).toBe(created.HyperParameterTuningJobArn);
    expect(child.HyperParameters).toMatchObject({ ...scriptMode(), C: best.TunedHyperParameters!.C });
    const listed = await sagemaker.send(new ListHyperParameterTuningJobsCommand({}));
    expect(listed.HyperParameterTuningJobSummaries!.map((s) => s.HyperParameterTuningJobName)).toEqual(['sdk-tune']);
  }, 120_000);
});
