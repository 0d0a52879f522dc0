import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  CreateTransformJobCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeTransformJobCommand,
  ListEndpointsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  ResourceInUse,
  ResourceLimitExceeded,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  UpdateModelPackageCommand,
  waitUntilEndpointDeleted,
  waitUntilEndpointInService,
  type ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointAsyncCommand, InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { ObjectStore } from '@modelserve/storage';
import {
  EXAMPLES,
  predictInProcess,
  startTestPlatform,
  testStorageConfig,
  waitFor,
  type DeployedPlatform,
  type IssuedKey,
} from '@modelserve/testing';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const text = (body: Uint8Array | undefined) => Buffer.from(body ?? []).toString();
/** The SDK's waiters poll every 30 s by default; a test polls faster, as client code may. */
const FAST_WAITER = { minDelay: 1, maxDelay: 2, maxWaitTime: 180 };

/**
 * The SageMaker API as the unmodified AWS SDK (v3) drives it, signing with a key the platform issued:
 * a whole life cycle from a model in S3 to a deleted endpoint, with the REST API seeing the same
 * resources, and each error type caught as the SDK's exception.
 */
describe('the SageMaker API through @aws-sdk/client-sagemaker', () => {
  let deployed: DeployedPlatform;
  let key: IssuedKey;
  let sagemaker: SageMakerClient;
  let runtime: SageMakerRuntimeClient;
  let store: ObjectStore;
  let bucket: string;
  let webhook: Server;
  const events: Record<string, unknown>[] = [];
  const rows = EXAMPLES.wine.rows.slice(0, 4);
  let expected: number[];

  const caught = async (work: Promise<unknown>): Promise<SageMakerServiceException> => {
    try {
      await work;
    } catch (error) {
      expect(error).toBeInstanceOf(SageMakerServiceException);
      return error as SageMakerServiceException;
    }
    throw new Error('no exception');
  };
  const readObject = async (uri: string) => {
    const [, objectBucket, objectKey] = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read({ bucket: objectBucket, key: objectKey })) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  };
  const variant = (name: string, model: string, weight = 1): ProductionVariant => ({
    VariantName: name,
    ModelName: model,
    InitialInstanceCount: 1,
    InitialVariantWeight: weight,
    InstanceType: 'ml.m5.large',
  });

  beforeAll(async () => {
    webhook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        events.push(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    deployed = await startTestPlatform('sagemaker-api');
    key = await deployed.api.issueKey('sdk-app', ['deploy', 'invoke', 'read']);
    const options = {
      endpoint: deployed.platform.gatewayUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
      maxAttempts: 1,
    };
    sagemaker = new SageMakerClient(options);
    runtime = new SageMakerRuntimeClient(options);
    bucket = deployed.platform.registry.env.S3_BUCKET;
    store = new ObjectStore({ ...testStorageConfig(), S3_BUCKET: bucket });
    await store.ensureBucket();
    await store.uploadStream({ bucket, key: 'sdk/wine.onnx' }, readFileSync(EXAMPLES.wine.model));
    expected = Array.from((await predictInProcess(EXAMPLES.wine, rows)).probabilities.data as Float32Array);
  }, 180_000);

  afterAll(async () => {
    sagemaker?.destroy();
    runtime?.destroy();
    webhook?.close();
    await deployed?.stop();
  });

  it('registers models from S3 and through the model registry, with approval', async () => {
    const created = await sagemaker.send(
      new CreateModelCommand({
        ModelName: 'wine-a',
        PrimaryContainer: { Image: 'kept/but-unused:1', ModelDataUrl: `s3://${bucket}/sdk/wine.onnx` },
        ExecutionRoleArn: 'arn:aws:iam::000000000000:role/kept',
        Tags: [{ Key: 'team', Value: 'fraud' }],
      }),
    );
    expect(created.ModelArn).toBe('arn:aws:sagemaker:us-east-1:000000000000:model/wine-a');
    const described = await sagemaker.send(new DescribeModelCommand({ ModelName: 'wine-a' }));
    expect(described.ExecutionRoleArn).toBe('arn:aws:iam::000000000000:role/kept');
    expect(described.PrimaryContainer?.Image).toBe('kept/but-unused:1');
    expect(described.CreationTime).toBeInstanceOf(Date);
    expect(Math.abs(described.CreationTime!.getTime() - Date.now())).toBeLessThan(120_000);

    await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'wine-packages' }));
    const { ModelPackageArn } = await sagemaker.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: 'wine-packages',
        ModelPackageDescription: 'first candidate',
        InferenceSpecification: {
          Containers: [{ Image: 'unused', ModelDataUrl: `s3://${bucket}/sdk/wine.onnx` }],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['text/csv'],
        },
      }),
    );
    expect(ModelPackageArn).toBe('arn:aws:sagemaker:us-east-1:000000000000:model-package/wine-packages/1');
    expect((await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }))).ModelApprovalStatus).toBe(
      'PendingManualApproval',
    );
    await sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn, ModelApprovalStatus: 'Approved' }));
    const listed = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'wine-packages' }));
    expect(listed.ModelPackageSummaryList?.map((p) => [p.ModelPackageVersion, p.ModelApprovalStatus])).toEqual([[1, 'Approved']]);
    // The REST door sees the same version and its approval.
    expect((await deployed.api.get('/v1/models/wine-packages/versions/1')).json?.approvalStatus).toBe('Approved');
    await sagemaker.send(new CreateModelCommand({ ModelName: 'wine-b', PrimaryContainer: { ModelPackageName: ModelPackageArn } }));
    expect((await deployed.api.get('/v1/models/wine-b')).json?.latestVersion).toBe(1);
  });

  it('creates a two-variant endpoint and waits for it with the SDK waiter', async () => {
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'wine-two',
        ProductionVariants: [variant('a', 'wine-a'), variant('b', 'wine-b')],
        AsyncInferenceConfig: {
          OutputConfig: {
            S3OutputPath: `s3://${bucket}/async-out`,
            NotificationConfig: { SuccessTopic: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/events` },
          },
        },
        Tags: [{ Key: 'cost-center', Value: '42' }],
      }),
    );
    const config = await sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'wine-two' }));
    expect(config.ProductionVariants?.map((v) => [v.VariantName, v.ModelName, v.InstanceType, v.InitialVariantWeight])).toEqual([
      ['a', 'wine-a', 'ml.m5.large', 1],
      ['b', 'wine-b', 'ml.m5.large', 1],
    ]);
    const { Tags } = await sagemaker.send(new ListTagsCommand({ ResourceArn: config.EndpointConfigArn }));
    expect(Tags).toEqual([{ Key: 'cost-center', Value: '42' }]);
    expect(config.AsyncInferenceConfig?.OutputConfig?.S3OutputPath).toBe(`s3://${bucket}/async-out`);

    await sagemaker.send(new CreateEndpointCommand({ EndpointName: 'sdk-wine', EndpointConfigName: 'wine-two' }));
    const waited = await waitUntilEndpointInService({ client: sagemaker, ...FAST_WAITER }, { EndpointName: 'sdk-wine' });
    expect(waited.state).toBe('SUCCESS');
    const endpoint = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'sdk-wine' }));
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(endpoint.EndpointArn).toBe('arn:aws:sagemaker:us-east-1:000000000000:endpoint/sdk-wine');
    expect(endpoint.ProductionVariants?.map((v) => [v.VariantName, v.CurrentWeight, v.CurrentInstanceCount])).toEqual([
      ['a', 1, 1],
      ['b', 1, 1],
    ]);
    // The REST door sees the endpoint the SDK made.
    const rest = await deployed.api.get('/v1/endpoints/sdk-wine');
    expect([rest.json?.status, rest.json?.config]).toEqual(['InService', 'wine-two']);
  });

  it('invokes with JSON and CSV as onnxruntime answers in process, and pins a variant', async () => {
    const json = await runtime.send(
      new InvokeEndpointCommand({ EndpointName: 'sdk-wine', ContentType: 'application/json', Body: JSON.stringify({ instances: rows }) }),
    );
    expect((JSON.parse(text(json.Body)).predictions as number[][]).flat().map(Math.fround)).toEqual(expected);
    const csv = await runtime.send(
      new InvokeEndpointCommand({
        EndpointName: 'sdk-wine',
        ContentType: 'text/csv',
        Accept: 'text/csv',
        Body: rows.map((r) => r.join(',')).join('\n'),
        TargetVariant: 'b',
      }),
    );
    expect(csv.InvokedProductionVariant).toBe('b');
    expect(
      text(csv.Body)
        .trim()
        .split('\n')
        .flatMap((line) => line.split(',').map((v) => Math.fround(Number(v)))),
    ).toEqual(expected);
  });

  it('invokes asynchronously: the answer lands in S3 and the webhook hears of it', async () => {
    await store.uploadStream({ bucket, key: 'sdk/async-input.csv' }, Buffer.from(rows.map((r) => r.join(',')).join('\n')));
    const queued = await runtime.send(
      new InvokeEndpointAsyncCommand({
        EndpointName: 'sdk-wine',
        InputLocation: `s3://${bucket}/sdk/async-input.csv`,
        ContentType: 'text/csv',
        Accept: 'application/json',
        InferenceId: 'async-order-7',
        CustomAttributes: 'tenant=7',
      }),
    );
    expect(queued.InferenceId).toBe('async-order-7');
    expect(queued.OutputLocation).toMatch(new RegExp(`^s3://${bucket}/async-out/[0-9a-f-]{36}\\.out$`));
    expect(queued.FailureLocation).toMatch(/-error\.out$/);
    const answer = await waitFor('the asynchronous answer', () => readObject(queued.OutputLocation!).catch(() => undefined), {
      timeoutMs: 60_000,
    });
    expect((JSON.parse(answer).predictions as number[][]).flat().map(Math.fround)).toEqual(expected);
    const event = await waitFor('the success notification', async () => events.find((e) => e.inferenceId === 'async-order-7'));
    expect(event).toMatchObject({
      invocationStatus: 'Completed',
      eventName: 'InferenceResult',
      requestParameters: { endpointName: 'sdk-wine', customAttributes: 'tenant=7' },
      responseParameters: { outputLocation: queued.OutputLocation },
    });
  });

  it('updates the endpoint with a canary policy and changes weights live', async () => {
    await sagemaker.send(
      new CreateEndpointConfigCommand({ EndpointConfigName: 'wine-one', ProductionVariants: [variant('only', 'wine-b')] }),
    );
    await sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'sdk-wine',
        EndpointConfigName: 'wine-one',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 1, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 50 } },
            TerminationWaitInSeconds: 0,
          },
          AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'modelserve:max-error-rate-percent=50' }] },
        },
      }),
    );
    expect((await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'sdk-wine' }))).EndpointStatus).toBe('Updating');
    await waitUntilEndpointInService({ client: sagemaker, ...FAST_WAITER }, { EndpointName: 'sdk-wine' });
    const updated = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'sdk-wine' }));
    expect([updated.EndpointConfigName, updated.ProductionVariants?.map((v) => v.VariantName)]).toEqual(['wine-one', ['only']]);
    const history = (await deployed.api.get('/v1/endpoints/sdk-wine/history')).json?.events as { action: string; detail: object }[];
    expect(history.some((e) => JSON.stringify(e).includes('Canary'))).toBe(true);

    await sagemaker.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'sdk-wine',
        DesiredWeightsAndCapacities: [{ VariantName: 'only', DesiredWeight: 3 }],
      }),
    );
    const weighted = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'sdk-wine' }));
    expect(weighted.ProductionVariants?.[0].CurrentWeight).toBe(3);
  });

  it('runs a transform job over S3 and describes it to completion', async () => {
    await store.uploadStream({ bucket, key: 'sdk/transform-in/part-1.csv' }, Buffer.from(rows.map((r) => r.join(',')).join('\n') + '\n'));
    await sagemaker.send(
      new CreateTransformJobCommand({
        TransformJobName: 'sdk-batch',
        ModelName: 'wine-a',
        TransformInput: {
          DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${bucket}/sdk/transform-in` } },
          ContentType: 'text/csv',
          SplitType: 'Line',
        },
        TransformOutput: { S3OutputPath: `s3://${bucket}/sdk/transform-out`, Accept: 'text/csv', AssembleWith: 'Line' },
        TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 1 },
      }),
    );
    const done = await waitFor(
      'the transform job to finish',
      async () => {
        const job = await sagemaker.send(new DescribeTransformJobCommand({ TransformJobName: 'sdk-batch' }));
        return job.TransformJobStatus === 'InProgress' ? undefined : job;
      },
      { timeoutMs: 120_000 },
    );
    expect([done.TransformJobStatus, done.TransformResources?.InstanceType, done.ModelName]).toEqual([
      'Completed',
      'ml.m5.large',
      'wine-a',
    ]);
    const output = await readObject(`s3://${bucket}/sdk/transform-out/part-1.csv.out`);
    expect(
      output
        .trim()
        .split('\n')
        .flatMap((line) => line.split(',').map((v) => Math.fround(Number(v)))),
    ).toEqual(expected);
  });

  it('pages through lists with NextToken and MaxResults', async () => {
    await deployed.api.deploy('rest-made', EXAMPLES.cancer.model);
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const listed = await sagemaker.send(new ListEndpointsCommand({ MaxResults: 1, NextToken, SortBy: 'Name', SortOrder: 'Ascending' }));
      expect(listed.Endpoints?.length).toBe(1);
      names.push(...listed.Endpoints!.map((e) => e.EndpointName!));
      NextToken = listed.NextToken;
    } while (NextToken);
    expect(names).toEqual(['rest-made', 'sdk-wine']);
  });

  it("answers each error type as the SDK's exception class", async () => {
    const missing = await caught(sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'no-such-endpoint' })));
    expect([missing.name, missing.message]).toEqual(['ValidationException', expect.stringContaining('no-such-endpoint')]);
    expect((await caught(sagemaker.send(new DescribeModelCommand({ ModelName: 'no-such-model' })))).name).toBe('ValidationException');
    const duplicate = await caught(
      sagemaker.send(new CreateModelCommand({ ModelName: 'wine-a', PrimaryContainer: { ModelDataUrl: `s3://${bucket}/sdk/wine.onnx` } })),
    );
    expect([duplicate.name, duplicate.message]).toEqual(['ValidationException', expect.stringContaining('already existing')]);
    expect(await caught(sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: 'wine-packages/9' })))).toBeInstanceOf(
      ResourceNotFound,
    );
    expect(await caught(sagemaker.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'wine-one' })))).toBeInstanceOf(ResourceInUse);
    const crowded = await caught(
      sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'too-many',
          ProductionVariants: Array.from({ length: 11 }, (_, i) => variant(`v${i}`, 'wine-a')),
        }),
      ),
    );
    expect(crowded).toBeInstanceOf(ResourceLimitExceeded);
    const broken = await caught(
      sagemaker.send(
        new CreateModelCommand({ ModelName: 'not-onnx', PrimaryContainer: { ModelDataUrl: `s3://${bucket}/sdk/async-input.csv` } }),
      ),
    );
    expect(broken.name).toBe('ValidationException');
    expect((await deployed.api.get('/v1/models/not-onnx')).status).toBe(404);
    const unsigned = new SageMakerClient({
      endpoint: deployed.platform.gatewayUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: key.accessKeyId, secretAccessKey: 'not-the-secret' },
      maxAttempts: 1,
    });
    const refused = await caught(unsigned.send(new DescribeEndpointCommand({ EndpointName: 'sdk-wine' })));
    expect(refused.$metadata.httpStatusCode).toBe(403);
    unsigned.destroy();
  });

  it('deletes the endpoint (the deletion waiter sees it gone), its config and its models', async () => {
    await sagemaker.send(new DeleteEndpointCommand({ EndpointName: 'sdk-wine' }));
    const waited = await waitUntilEndpointDeleted({ client: sagemaker, ...FAST_WAITER }, { EndpointName: 'sdk-wine' });
    expect(waited.state).toBe('SUCCESS');
    await sagemaker.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'wine-one' }));
    await sagemaker.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'wine-two' }));
    await sagemaker.send(new DeleteModelCommand({ ModelName: 'wine-b' }));
    expect((await deployed.api.get('/v1/models/wine-b')).status).toBe(404);
    expect((await deployed.api.get('/v1/endpoint-configs/wine-two')).status).toBe(404);
  });
});
