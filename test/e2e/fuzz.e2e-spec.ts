import {
  AWS_JSON,
  childPids,
  EXAMPLES,
  REPO_ROOT,
  routeRequest,
  startDeployedPlatform,
  type DeployedPlatform,
  zipOf,
  type HttpResult,
} from '@modelserve/testing';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTE_POLICIES } from '../../apps/gateway/src/auth/policies';

/**
 * Property-based fuzzing of every route the gateway serves, with the admin key (so that requests reach
 * the handlers): malformed path parameters, bodies of every JSON shape and of raw bytes, under every
 * content type. Every answer must be a 4xx or a success with a JSON error body when it fails, never a
 * 5xx, and no service may die or restart.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 40);

/** Strings that broke servers before: NUL, traversal, huge numbers, long names, odd Unicode. */
const nasty = fc.constantFrom(
  'a\u0000b',
  '..',
  '../../etc/passwd',
  '4294967305',
  '-1',
  '1e400',
  '0x10',
  'x'.repeat(300),
  '%00',
  '\u202e\ufeff',
  'constructor',
  '__proto__',
  'wine',
  'cancer',
);
const pathParam = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

/** JSON values, nested and not, with the numbers and strings above mixed in. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.double(),
    fc.integer(),
    fc.constantFrom(1e308, -1e308, 2 ** 53, 4294967297, 300, -1),
    fc.boolean(),
    fc.constant(null),
    nasty,
    fc.string({ maxLength: 30 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('name', 'scopes', 'variants', 'instances', 'inputs', 'weight')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

/** Valid bodies of some routes, with one field replaced by anything: past the first checks, into the rules. */
const VALID_BODIES: Record<string, object> = {
  'POST /v1/models': { name: 'fuzzed', description: 'd' },
  'POST /v1/endpoint-configs': { name: 'fuzzed', variants: [{ name: 'primary', model: 'wine', version: 1 }] },
  'POST /v1/endpoints': { name: 'fuzzed', config: 'no-such-config' },
  'PATCH /v1/models/:name/versions/:version': { description: 'd', tags: { a: 'b' } },
  'PUT /v1/endpoints/:name': { config: 'no-such-config', deployment: { strategy: 'AllAtOnce' } },
  'PATCH /v1/endpoints/:name/variants': { variants: [{ name: 'primary', weight: 1 }] },
  'POST /v1/transform-jobs': {
    name: 'fuzzed',
    endpoint: 'wine',
    input: { uri: 's3://x/in', contentType: 'text/csv' },
    output: { uri: 's3://x/out' },
  },
  'POST /v1/training-jobs': {
    name: 'fuzzed',
    algorithm: { command: ['/bin/true'] },
    inputDataConfig: [{ channelName: 'train', s3Uri: 's3://fuzz-data/train' }],
    outputDataConfig: { s3OutputPath: 's3://fuzz-data/out' },
  },
  'POST /v1/tuning-jobs': {
    name: 'fuzzed',
    objective: { metricName: 'm', type: 'Maximize' },
    parameterRanges: { integer: [{ name: 'n', min: 1, max: 3 }] },
    resourceLimits: { maxNumberOfTrainingJobs: 2 },
    trainingJobDefinition: {
      algorithm: { command: ['/bin/true'] },
      inputDataConfig: [{ channelName: 'train', s3Uri: 's3://fuzz-data/train' }],
      outputDataConfig: { s3OutputPath: 's3://fuzz-data/out' },
      metricDefinitions: [{ name: 'm', regex: 'm=([0-9.]+)' }],
    },
  },
  'POST /v1/tuning-jobs/:name/deploy': { endpoint: 'fuzzed' },
  'POST /v1/keys': { name: 'fuzzed', scopes: ['read'] },
  'POST /v1/endpoints/:name/ground-truth': { s3Uri: 's3://x/labels/' },
  'POST /v1/baseline-jobs': { name: 'fuzzed', dataset: 's3://x/data/', contentType: 'text/csv', header: true },
  'POST /v1/monitoring-schedules': { name: 'fuzzed', endpoint: 'wine', baseline: 'none', schedule: 'every 1h' },
  'POST /v1/alert-rules': {
    name: 'fuzzed',
    endpoint: 'wine',
    metric: 'invocations',
    threshold: 1,
    webhook: { url: 'http://127.0.0.1:9/x' },
  },
  'PUT /v1/endpoints/:name/quota': { requestsPerSecond: 1 },
  'POST /v1/functions': {
    name: 'fuzzed',
    code: { archive: zipOf({ 'index.js': 'exports.handler = async (e) => e;' }).toString('base64') },
    timeoutSeconds: 3,
  },
  'PUT /v1/functions/:name': { timeoutSeconds: 3, environment: { A: 'b' } },
  'POST /v1/functions/:name/versions': { description: 'd' },
  'PUT /v1/functions/:name/aliases/:alias': { version: '1' },
  'POST /v1/functions/:name/invocations': { a: 1 },
  'POST /v1/apis': {
    name: 'fuzzed',
    routes: [{ method: 'GET', path: '/x/{y}', target: { function: 'public-fn' } }],
    cors: { allowOrigins: ['*'] },
    auth: 'apiKey',
  },
  'PUT /v1/apis/:name': { routes: [{ method: 'POST', path: '/x', target: { endpoint: 'wine' } }], stages: ['prod'] },
  'POST /v1/apis/:name/usage-plans': { name: 'p', rateLimit: 1 },
  'POST /v1/apis/:name/keys': { name: 'k', usagePlan: 'p' },
  // A valid shape that names a missing lifecycle configuration: checked in full, and no server starts.
  'POST /v1/notebook-instances': {
    name: 'fuzzed',
    volumeSizeGB: 5,
    lifecycleConfig: 'no-such-config',
    idleShutdownMinutes: 60,
    environment: { A: 'b' },
  },
  'PATCH /v1/notebook-instances/:name': { volumeSizeGB: 10, lifecycleConfig: null, idleShutdownMinutes: 5, environment: { A: 'b' } },
  'POST /v1/notebook-instances/:name/presigned-url': { sessionExpirationDurationInSeconds: 1800 },
  'POST /v1/notebook-instance-lifecycle-configs': { name: 'fuzzed', onCreate: 'ZWNobyBoaQ==', onStart: 'ZWNobyBoaQ==' },
  'PUT /v1/notebook-instance-lifecycle-configs/:name': { onStart: 'ZWNobyBoaQ==' },
  'POST /#SageMaker.CreateModel': { ModelName: 'fuzzed', PrimaryContainer: { ModelDataUrl: 's3://x/y.onnx' } },
  'POST /#SageMaker.CreateEndpointConfig': { EndpointConfigName: 'fuzzed', ProductionVariants: [{ VariantName: 'a', ModelName: 'wine' }] },
  'POST /#SageMaker.UpdateEndpoint': {
    EndpointName: 'no-such-endpoint',
    EndpointConfigName: 'wine-config',
    DeploymentConfig: {
      BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 } } },
    },
  },
  'POST /#SageMaker.CreateTransformJob': {
    TransformJobName: 'fuzzed',
    ModelName: 'wine',
    TransformInput: { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://x/in' } }, ContentType: 'text/csv' },
    TransformOutput: { S3OutputPath: 's3://x/out' },
  },
  'POST /#SageMaker.CreateTrainingJob': {
    TrainingJobName: 'fuzzed',
    AlgorithmSpecification: { ContainerEntrypoint: ['/bin/true'], TrainingInputMode: 'File' },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://fuzz-data/train' } } }],
    OutputDataConfig: { S3OutputPath: 's3://fuzz-data/out' },
  },
  'POST /#SageMaker.CreateHyperParameterTuningJob': {
    HyperParameterTuningJobName: 'fuzzed',
    HyperParameterTuningJobConfig: {
      HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'm' },
      ResourceLimits: { MaxNumberOfTrainingJobs: 2, MaxParallelTrainingJobs: 1 },
      ParameterRanges: { IntegerParameterRanges: [{ Name: 'n', MinValue: '1', MaxValue: '3' }] },
    },
    TrainingJobDefinition: {
      AlgorithmSpecification: { ContainerEntrypoint: ['/bin/true'], MetricDefinitions: [{ Name: 'm', Regex: 'm=(.*)' }] },
      InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://fuzz-data/train' } } }],
      OutputDataConfig: { S3OutputPath: 's3://fuzz-data/out' },
    },
  },
  'POST /#SageMaker.ListEndpoints': { MaxResults: 1, NextToken: 'eyJvZmZzZXQiOjB9', SortBy: 'Name' },
};
const mutated = (valid: object) =>
  fc.tuple(fc.constantFrom(...Object.keys(valid)), jsonValue).map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));

const body = (route: string) =>
  fc.oneof(
    jsonValue.map((value) => ({ contentType: 'application/json', bytes: Buffer.from(JSON.stringify(value) ?? 'null') })),
    ...(VALID_BODIES[route]
      ? [mutated(VALID_BODIES[route]).map((text) => ({ contentType: 'application/json', bytes: Buffer.from(text) }))]
      : []),
    fc.record({
      contentType: fc.constantFrom(
        'application/json',
        'text/csv',
        'application/jsonlines',
        'text/plain',
        'application/x-www-form-urlencoded',
        '',
        'application/json; charset=utf-16',
      ),
      bytes: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    }),
  );

function concrete(routePath: string, params: string[]): string {
  let i = 0;
  return routePath.replace(/:[a-z]+/g, () => encodeURIComponent(params[i++ % params.length]));
}

describe('fuzzing every route', () => {
  let deployed: DeployedPlatform;
  let pids: Record<string, number | undefined>;
  let gatewayProcesses: number[];
  const failures: string[] = [];
  let sent = 0;

  const expectSound = (what: string, result: HttpResult) => {
    sent++;
    if (result.status >= 500) failures.push(`${what} -> ${result.status} ${result.text.slice(0, 200)}`);
    // The platform's body names the problem in error.message; the V2 protocol's in error itself.
    else if (result.status >= 400 && typeof (result.json?.error?.message ?? result.json?.error) !== 'string') {
      failures.push(`${what} -> ${result.status} without a JSON error body`);
    }
  };

  beforeAll(async () => {
    deployed = await startDeployedPlatform('fuzz', { GATEWAY_PROCESSES: '2' });
    pids = Object.fromEntries(deployed.platform.all().map((s) => [s.name, s.pid]));
    gatewayProcesses = childPids(deployed.platform.gateway.pid!);
  }, 180_000);

  afterAll(() => deployed?.stop());

  // Invocations have their own property below; gRPC methods are not served on the REST port.
  const routes = Object.keys(ROUTE_POLICIES).filter(
    (route) => route !== 'POST /endpoints/:name/invocations' && !route.includes(' /inference.'),
  );

  it.each(routes)('%s answers malformed requests with a 4xx naming the problem', async (route) => {
    const { method, routePath, headers: routeHeaders } = routeRequest(route);
    const withBody = method !== 'GET' && method !== 'DELETE';
    // The SageMaker API's operations read AWS JSON; the async invocation path reads its input location from a header.
    const json = routeHeaders['x-amz-target'] ? AWS_JSON : 'application/json';
    // Uploads run a model check in a child process each; fewer of them.
    const runs = route === 'POST /v1/models/:name/versions' ? 10 : RUNS_PER_ROUTE;
    const before = failures.length;
    await fc.assert(
      fc.asyncProperty(fc.array(pathParam, { minLength: 1, maxLength: 3 }), body(route), fc.boolean(), async (params, payload, octets) => {
        const path = concrete(routePath, params);
        const contentType =
          octets && route.endsWith('/versions')
            ? 'application/octet-stream'
            : payload.contentType === 'application/json'
              ? json
              : payload.contentType;
        const headers: Record<string, string> = { ...routeHeaders, ...(contentType ? { 'content-type': contentType } : {}) };
        // Header values travel as bytes: any string as its UTF-8 bytes, less the control characters HTTP forbids there.
        if (route.endsWith('/async-invocations')) {
          headers['x-amzn-sagemaker-inputlocation'] = Buffer.from(params[0])
            .toString('latin1')
            .replace(/[\x00-\x1f\x7f]/g, '');
        }
        const result = await deployed.api.send(method, path, withBody ? payload.bytes : undefined, withBody ? headers : routeHeaders);
        expectSound(`${method} ${path} [${contentType}] ${payload.bytes.toString('utf8').slice(0, 80)}`, result);
      }),
      { numRuns: runs, seed: SEED, endOnFailure: true },
    );
    expect(failures.slice(before)).toEqual([]);
  });

  it('invocations answer any body, shape or number with a 4xx, never a 5xx', async () => {
    const wineRows = readFileSync(join(EXAMPLES.wine.dir, 'sample.csv'), 'utf8').trim().split('\n');
    const deep = (levels: number) => '['.repeat(levels) + '1' + ']'.repeat(levels);
    const before = failures.length;
    const invocation = fc.oneof(
      jsonValue.map((value) => ({ contentType: 'application/json', text: JSON.stringify({ instances: value }) })),
      jsonValue.map((value) => ({ contentType: 'application/json', text: JSON.stringify({ inputs: { features: value, input: value } }) })),
      fc.integer({ min: 60, max: 20_000 }).map((levels) => ({ contentType: 'application/json', text: `{"instances": [${deep(levels)}]}` })),
      fc
        .tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('1e400', '-1e400', '1e39', 'NaN', 'x', '', '"1"', '1,1'))
        .map(([at, cell]) => ({
          contentType: 'text/csv',
          text: wineRows[0]
            .split(',')
            .map((v, i) => (i === at ? cell : v))
            .join(','),
        })),
      fc.record({
        contentType: fc.constantFrom('application/json', 'text/csv', 'application/jsonlines', 'application/octet-stream', 'constructor'),
        text: fc.string({ unit: 'binary', maxLength: 300 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('wine', 'cancer', 'no-such-endpoint', 'a%00b'),
        invocation,
        fc.constantFrom(undefined, 'text/csv', 'application/json', 'application/jsonlines', 'image/png'),
        async (endpoint, request, accept) => {
          const result = await deployed.api.invoke(endpoint, request.text, request.contentType, accept ? { accept } : {});
          expectSound(`invoke ${endpoint} [${request.contentType}] ${request.text.slice(0, 80)}`, result);
        },
      ),
      { numRuns: 400, seed: SEED, endOnFailure: true },
    );
    expect(failures.slice(before)).toEqual([]);
  });

  it('public APIs answer any method, path, header and body with a 4xx or what their routes answer, never a 5xx', async () => {
    const { api } = deployed;
    const created: HttpResult[] = [];
    created.push(
      await api.postJson('/v1/functions', {
        name: 'public-fn',
        code: {
          archive: zipOf({
            'index.js': 'exports.handler = async (e) => ({ statusCode: 200, body: JSON.stringify(e.pathParameters) });',
          }).toString('base64'),
        },
      }),
    );
    created.push(
      await api.postJson('/v1/apis', {
        name: 'public',
        routes: [
          { method: 'ANY', path: '/fn/{rest+}', target: { function: 'public-fn' } },
          { method: 'POST', path: '/wine', target: { endpoint: 'wine' } },
        ],
        cors: { allowOrigins: ['http://a.example'], allowMethods: ['GET', 'POST'] },
      }),
    );
    created.push(
      await api.send('PUT', '/v1/apis/public/site', readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'site.tar.gz')), {
        'content-type': 'application/gzip',
      }),
    );
    expect(created.map((r) => r.status)).toEqual([201, 201, 200]);
    const before = failures.length;
    const segment = fc.oneof(pathParam.map(encodeURIComponent), fc.constantFrom('fn', 'wine', '%', '%zz', '..', '', 'index.html', 'a.js'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'),
        fc.constantFrom('public', 'prod', 'no-such-api'),
        fc.array(segment, { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(
            'origin',
            'access-control-request-method',
            'access-control-request-headers',
            'x-api-key',
            'accept',
            'if-none-match',
          ),
          fc.string({ maxLength: 40 }).map((v) => v.replace(/[^\x20-\x7e]/g, '')),
        ),
        body('POST /v1/apis'),
        async (method, apiName, segments, headers, payload) => {
          const path = `/apis/${apiName}/prod/${segments.join('/')}`;
          const withBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
          const result = await api.send(method, path, withBody ? payload.bytes : undefined, {
            ...headers,
            ...(withBody && payload.contentType ? { 'content-type': payload.contentType } : {}),
          });
          sent++;
          if (result.status >= 500) failures.push(`${method} ${path} -> ${result.status} ${result.text.slice(0, 200)}`);
          else if (result.status >= 400 && method !== 'HEAD' && method !== 'OPTIONS' && typeof result.json?.error?.message !== 'string') {
            failures.push(`${method} ${path} -> ${result.status} without a JSON error body`);
          }
        },
      ),
      { numRuns: 400, seed: SEED, endOnFailure: true },
    );
    expect(failures.slice(before)).toEqual([]);
  });

  it('the notebook proxy answers any method, path, cookie and query with a 4xx, never a 5xx', async () => {
    const before = failures.length;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'),
        fc.oneof(fc.constantFrom('nb', 'no-such', '%zz', '', 'a'.repeat(70)), pathParam.map(encodeURIComponent)),
        fc.array(pathParam.map(encodeURIComponent), { maxLength: 3 }),
        fc.option(fc.string({ maxLength: 60 }).map((v) => v.replace(/[^\x20-\x7e]/g, ''))),
        fc.option(fc.constantFrom('authToken=', 'authToken=x', 'authToken=%ff', 'a=b&authToken=AAAA')),
        async (method, name, segments, cookie, query) => {
          const path = `/notebooks/${name}/${segments.join('/')}${query ? `?${query}` : ''}`;
          const result = await deployed.api.send(
            method,
            path,
            undefined,
            cookie ? { cookie: `modelserve-notebook-session=${cookie}` } : {},
          );
          sent++;
          if (result.status >= 500) failures.push(`${method} ${path} -> ${result.status} ${result.text.slice(0, 200)}`);
          else if (result.status >= 400 && method !== 'HEAD' && typeof result.json?.error?.message !== 'string') {
            failures.push(`${method} ${path} -> ${result.status} without a JSON error body`);
          }
        },
      ),
      { numRuns: 200, seed: SEED, endOnFailure: true },
    );
    expect(failures.slice(before)).toEqual([]);
  });

  it('lost no service on the way: every process is the one that started', () => {
    expect(sent).toBeGreaterThan(1000);
    expect(Object.fromEntries(deployed.platform.all().map((s) => [s.name, s.pid]))).toEqual(pids);
    expect(childPids(deployed.platform.gateway.pid!)).toEqual(gatewayProcesses);
    expect(failures).toEqual([]);
  });
});
