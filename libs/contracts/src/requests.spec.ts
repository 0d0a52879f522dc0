import {
  DeploymentRequest,
  EndpointConfigRequest,
  parseRequest,
  StreamJobRequest,
  TransformJobRequest,
  UpdateVariantsRequest,
  UpdateVersionRequest,
} from '@modelserve/schemas';
import { protos } from './grpc';
import {
  deploymentOptions,
  deploymentRequestOf,
  endpointConfigMessage,
  endpointConfigRequestOf,
  streamJobRequestOf,
  streamJobSpec,
  transformJobRequestOf,
  transformJobSpec,
  updateVersionMessage,
  updateVersionRequestOf,
  variantUpdatesRequestOf,
} from './requests';

/**
 * A request checked at the REST edge is sent as a message and checked again by the service that owns
 * it. Both checks must see the same request: these send each one through proto-loader's own wire
 * format (so proto3's zeros for unset fields are what the service gets) and read it back.
 */
const registry = protos().registry.modelserve.registry.v1.Registry.service;
const batch = protos().batch.modelserve.batch.v1.Batch.service;
const overTheWire = <T>(method: { requestSerialize: (m: never) => Buffer; requestDeserialize: (b: Buffer) => unknown }, message: unknown) =>
  method.requestDeserialize(method.requestSerialize(message as never)) as T;

describe('requests as messages', () => {
  it.each([
    { name: 'c', variants: [{ name: 'a', model: 'm', version: 2 }] },
    {
      name: 'c',
      variants: [
        { name: 'a', model: 'm', alias: 'prod', instanceCount: 3, weight: 0.5, batching: { enabled: false, maxQueueDelayMicros: 0 } },
        { name: 'b', model: 'm', version: 1, shadowSamplingPercent: 10 },
      ],
      dataCapture: { samplingPercent: 5, destination: 's3://bucket/capture' },
    },
  ])('keep an endpoint config as it was checked (%#)', (body) => {
    const checked = parseRequest(EndpointConfigRequest, body);
    const received = overTheWire<never>(registry.CreateEndpointConfig, endpointConfigMessage(checked));
    expect(parseRequest(EndpointConfigRequest, endpointConfigRequestOf(received))).toEqual(checked);
  });

  it.each([
    {},
    { strategy: 'AllAtOnce', waitSeconds: 30, rollback: { maxErrorRatePercent: 0, minRequests: 5 } },
    { strategy: 'Canary', canary: { percent: 10, waitSeconds: 0 }, rollback: { maxP99Ms: 20 } },
    { strategy: 'Linear', linear: { stepPercent: 25, waitSeconds: 60 } },
  ])('keep a deployment as it was checked (%#)', (body) => {
    const checked = parseRequest(DeploymentRequest, body);
    const received = overTheWire<{ deployment: never }>(registry.UpdateEndpoint, {
      name: 'e',
      config: 'c',
      deployment: deploymentOptions(checked),
    });
    expect(parseRequest(DeploymentRequest, deploymentRequestOf(received.deployment))).toEqual(checked);
  });

  it.each([
    { description: '', tags: {} },
    { approvalStatus: 'Approved', runtime: { intraOpNumThreads: 2, executionMode: 'parallel' } },
  ])('keep a version update as it was checked, unset fields unset (%#)', (body) => {
    const checked = parseRequest(UpdateVersionRequest, body);
    const received = overTheWire<never>(registry.UpdateModelVersion, updateVersionMessage('m', 1, checked));
    expect(parseRequest(UpdateVersionRequest, updateVersionRequestOf(received))).toEqual(checked);
  });

  it('refuses a version update that changes nothing', () => {
    expect(() => parseRequest(UpdateVersionRequest, {})).toThrow(/give at least one of description, tags, approvalStatus, runtime/);
  });

  it('keeps a variants update as it was checked, a weight of 0 included', () => {
    const checked = parseRequest(UpdateVariantsRequest, {
      variants: [
        { name: 'a', weight: 0 },
        { name: 'b', instanceCount: 2 },
      ],
    });
    const received = overTheWire<never>(registry.UpdateEndpointVariants, { name: 'e', ...checked });
    expect(parseRequest(UpdateVariantsRequest, variantUpdatesRequestOf(received))).toEqual(checked);
  });

  it.each([
    { name: 'j', endpoint: 'e', input: { uri: 's3://bucket/in', contentType: 'text/csv' }, output: { uri: 's3://bucket/out' } },
    {
      name: 'j',
      model: { name: 'm', version: 3 },
      instanceCount: 2,
      input: { uri: 's3://bucket/in', contentType: 'application/jsonlines', compression: 'Gzip' },
      output: { uri: 's3://bucket/out', accept: 'text/csv', assembleWith: 'None' },
      batchStrategy: 'SingleRecord',
      dataProcessing: { inputFilter: '$.features', joinSource: 'Input' },
      errorPolicy: { maxFailedRecordsPercent: 5 },
    },
  ])('keep a transform job as it was checked (%#)', (body) => {
    const checked = parseRequest(TransformJobRequest, body);
    const received = overTheWire<never>(batch.CreateTransformJob, transformJobSpec(checked));
    expect(parseRequest(TransformJobRequest, transformJobRequestOf(received))).toEqual(checked);
  });

  it('keeps a stream job as it was checked', () => {
    const checked = parseRequest(StreamJobRequest, {
      name: 's',
      model: { name: 'm', version: 1 },
      inputTopic: 'in',
      outputTopic: 'out',
      contentType: 'text/csv',
    });
    const received = overTheWire<never>(batch.CreateStreamJob, streamJobSpec(checked));
    expect(parseRequest(StreamJobRequest, streamJobRequestOf(received))).toEqual(checked);
  });
});
