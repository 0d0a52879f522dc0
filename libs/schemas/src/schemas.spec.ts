import { AppError } from '@modelserve/common';
import {
  DeploymentRequest,
  EndpointConfigRequest,
  parseRequest,
  StreamJobRequest,
  TransformJobRequest,
  UpdateVariantsRequest,
  UpdateVersionRequest,
  aliasName,
} from './index';

/** The message of the 400 a request gets, or a failure when it is accepted. */
function refusal(schema: Parameters<typeof parseRequest>[0], value: unknown): string {
  try {
    parseRequest(schema, value);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('InvalidRequest');
    return (error as AppError).message;
  }
  throw new Error(`accepted: ${JSON.stringify(value)}`);
}

const variant = { name: 'a', model: 'm', version: 1 };

describe('request schemas', () => {
  it('fill in every default of an endpoint config, batching limits included', () => {
    expect(parseRequest(EndpointConfigRequest, { name: 'c', variants: [variant] })).toEqual({
      name: 'c',
      variants: [
        { ...variant, instanceCount: 1, weight: 1, batching: { maxBatchSize: 32, maxQueueDelayMicros: 2000, maxQueueSize: 1024 } },
      ],
    });
  });

  it('name each problem of an endpoint config by its path', () => {
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [] })).toMatch(/variants: an endpoint config needs at least one variant/);
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [variant, variant] })).toMatch(/variant name a is used twice/);
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [{ ...variant, weight: 0 }] })).toMatch(/needs a weight above 0/);
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [{ ...variant, shadowSamplingPercent: 10 }] })).toMatch(
      /needs a weight above 0/,
    );
    // Weights whose sum would overflow (1e308 twice) would send all traffic to one variant.
    const huge = [
      { ...variant, weight: 1e308 },
      { ...variant, name: 'b', weight: 1e308 },
    ];
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: huge })).toMatch(/^variants\.0\.weight: /);
    // Versions travel as int32: 4294967297 must not become version 1.
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [{ ...variant, version: 4294967297 }] })).toMatch(
      /variants\.0\.version: a version is at most 2147483647/,
    );
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [{ ...variant, instanceCount: 65 }] })).toMatch(
      /^variants\.0\.instanceCount: /,
    );
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [{ ...variant, batching: { maxBatchSize: 5000 } }] })).toMatch(
      /^variants\.0\.batching\.maxBatchSize: /,
    );
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [{ ...variant, alias: 'prod' }] })).toMatch(/one of the two/);
    expect(refusal(EndpointConfigRequest, { name: 'c', variants: [variant], extra: 1 })).toMatch(/extra/);
  });

  it('refuse aliases that read as version numbers, and bad runtime options, tags and approval statuses', () => {
    expect(refusal(aliasName, '12')).toMatch(/cannot be a number/);
    expect(refusal(UpdateVersionRequest, { runtime: { intraOpNumThreads: 0 } })).toMatch(/^runtime\.intraOpNumThreads: /);
    expect(refusal(UpdateVersionRequest, { runtime: { executionMode: 'fast' } })).toMatch(/^runtime\.executionMode: /);
    expect(refusal(UpdateVersionRequest, { approvalStatus: 'Maybe' })).toMatch(/^approvalStatus: /);
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(refusal(UpdateVersionRequest, { tags })).toMatch(/at most 50 tags/);
  });

  it('give a deployment its rollback defaults, and ask for the step of a Canary or Linear one', () => {
    expect(parseRequest(DeploymentRequest, {})).toEqual({ strategy: 'AllAtOnce', rollback: { minRequests: 20, alarms: [] } });
    expect(refusal(DeploymentRequest, { strategy: 'Canary' })).toMatch(/needs "canary"/);
    expect(refusal(DeploymentRequest, { strategy: 'Linear' })).toMatch(/needs "linear"/);
    expect(refusal(DeploymentRequest, { strategy: 'Canary', canary: { percent: 100, waitSeconds: 1 } })).toMatch(/^canary\.percent: /);
  });

  it('refuse a variant named twice in an update', () => {
    expect(refusal(UpdateVariantsRequest, { variants: [{ name: 'a' }, { name: 'a', weight: 1 }] })).toMatch(/variant a is named twice/);
  });

  it('fill in a transform job the way SageMaker does, output format following the input', () => {
    const job = parseRequest(TransformJobRequest, {
      name: 'job',
      model: { name: 'm', version: 1 },
      input: { uri: 's3://bucket/in', contentType: 'text/csv' },
      output: { uri: 's3://bucket/out' },
    });
    expect(job).toEqual({
      name: 'job',
      model: { name: 'm', version: 1 },
      instanceCount: 1,
      input: { uri: 's3://bucket/in', contentType: 'text/csv', splitType: 'Line', compression: 'None' },
      output: { uri: 's3://bucket/out', accept: 'text/csv', assembleWith: 'Line' },
      batchStrategy: 'MultiRecord',
      maxPayloadMB: 6,
      maxConcurrentTransforms: 2,
      dataProcessing: { inputFilter: '$', joinSource: 'None', outputFilter: '$' },
      errorPolicy: { maxFailedRecordsPercent: 0 },
    });
  });

  it('refuse transform jobs with two targets, filters on whole objects, or a filter that is not JSONPath', () => {
    const base = {
      name: 'job',
      endpoint: 'e',
      input: { uri: 's3://bucket/in', contentType: 'text/csv' },
      output: { uri: 's3://bucket/out' },
    };
    expect(refusal(TransformJobRequest, { ...base, model: { name: 'm', version: 1 } })).toMatch(/one of the two/);
    expect(refusal(TransformJobRequest, { ...base, instanceCount: 2 })).toMatch(/one of the two/);
    expect(
      refusal(TransformJobRequest, {
        ...base,
        input: { ...base.input, splitType: 'None' },
        dataProcessing: { joinSource: 'Input' },
      }),
    ).toMatch(/^dataProcessing: dataProcessing needs input\.splitType Line/);
    expect(refusal(TransformJobRequest, { ...base, dataProcessing: { inputFilter: 'features' } })).toMatch(
      /^dataProcessing\.inputFilter: filter "features" must start with \$/,
    );
    expect(refusal(TransformJobRequest, { ...base, input: { ...base.input, contentType: 'text/plain' } })).toMatch(/^input\.contentType: /);
  });

  it('fill in a stream job, its dead-letter topic and consumer group from its names', () => {
    expect(parseRequest(StreamJobRequest, { name: 'sj', endpoint: 'e', inputTopic: 'in', outputTopic: 'out' })).toEqual({
      name: 'sj',
      endpoint: 'e',
      inputTopic: 'in',
      outputTopic: 'out',
      deadLetterTopic: 'in.dead-letter',
      contentType: 'application/jsonlines',
      accept: 'application/jsonlines',
      consumerGroup: 'modelserve-sj',
      maxBatchRecords: 100,
      maxBatchDelayMs: 500,
    });
    expect(refusal(StreamJobRequest, { name: 'sj', endpoint: 'e', inputTopic: 'in', outputTopic: 'in' })).toMatch(
      /^outputTopic: outputTopic must differ from inputTopic/,
    );
  });
});
