import type { Action, ResourceKind } from '@modelserve/auth';

/**
 * Every route the gateway serves and what a caller needs to use it: one table, from which every
 * authorization decision comes. A route missing from it is refused (and the gateway will not start
 * with one); `route-policies.spec.ts` checks the table against the routes the application registers.
 */
export interface RoutePolicy {
  /** The scope the caller's key needs, or `public` for health checks. */
  action: Action | 'public';
  /**
   * The resource the request acts on, from a path parameter or (for creations) a body field. A key
   * limited to named resources may only use routes that name one it covers.
   */
  resource?: { kind: ResourceKind; param?: string; bodyField?: string };
  /** Changes are recorded in the audit trail under this name. */
  audit?: string;
  /** For routes that name what they change in a body field of their own (the SageMaker API): `kind:field`. */
  auditSubject?: { kind: string; bodyField: string };
}

const read = (resource?: RoutePolicy['resource']): RoutePolicy => ({ action: 'read', resource });
const deploy = (audit: string, resource?: RoutePolicy['resource']): RoutePolicy => ({ action: 'deploy', resource, audit });
const admin = (audit?: string): RoutePolicy => ({ action: 'admin', audit });

const model = { kind: 'model', param: 'name' } as const;
const newModel = { kind: 'model', bodyField: 'name' } as const;
const endpoint = { kind: 'endpoint', param: 'name' } as const;
const newEndpoint = { kind: 'endpoint', bodyField: 'name' } as const;
/** A V2 gRPC request names its endpoint as the model (`name` or `model_name`), passed to the policy as the `name` parameter. */
const grpcModel = endpoint;

/** The SageMaker API's operations: one path, the operation in X-Amz-Target, a policy each. */
const SAGEMAKER_API_ROUTE = 'POST /';
const sageMakerPolicies = (operations: Record<string, RoutePolicy>): Record<string, RoutePolicy> =>
  Object.fromEntries(Object.entries(operations).map(([operation, policy]) => [`${SAGEMAKER_API_ROUTE}#SageMaker.${operation}`, policy]));
/** A change through the SageMaker API, audited as `sagemaker.<Operation>` on the resource its input names. */
const sageMakerChange = (operation: string, kind: string, bodyField: string, resource?: RoutePolicy['resource']): RoutePolicy => ({
  action: 'deploy',
  resource,
  audit: `sagemaker.${operation}`,
  auditSubject: { kind, bodyField },
});
const sageMakerAdmin = (operation: string, kind: string, bodyField: string): RoutePolicy => ({
  ...sageMakerChange(operation, kind, bodyField),
  action: 'admin',
});
const modelNamed = (bodyField: string) => ({ kind: 'model', bodyField }) as const;
const endpointNamed = (bodyField: string) => ({ kind: 'endpoint', bodyField }) as const;

/** The path of a gRPC method, as the policy table names it. */
export const grpcRoute = (method: string) => `/inference.GRPCInferenceService/${method}`;

/** `METHOD path`, with path parameters as the router writes them (`:name`). HEAD is served as GET. */
export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
  'GET /healthz': { action: 'public' },
  'GET /readyz': { action: 'public' },
  'GET /metrics': read(),

  'POST /endpoints/:name/invocations': { action: 'invoke', resource: endpoint },
  'POST /endpoints/:name/async-invocations': { action: 'invoke', resource: endpoint },

  // The Open Inference Protocol (KServe V2): health is open, as load balancers probe it.
  'GET /v2/health/live': { action: 'public' },
  'GET /v2/health/ready': { action: 'public' },
  'GET /v2': read(),
  'GET /v2/models/:name': read(endpoint),
  'GET /v2/models/:name/ready': read(endpoint),
  'GET /v2/models/:name/versions/:version': read(endpoint),
  'GET /v2/models/:name/versions/:version/ready': read(endpoint),
  'POST /v2/models/:name/infer': { action: 'invoke', resource: endpoint },
  'POST /v2/models/:name/versions/:version/infer': { action: 'invoke', resource: endpoint },

  // The same over gRPC, on GATEWAY_GRPC_PORT (a gRPC call is an HTTP/2 POST to /<service>/<method>).
  'POST /inference.GRPCInferenceService/ServerLive': { action: 'public' },
  'POST /inference.GRPCInferenceService/ServerReady': { action: 'public' },
  'POST /inference.GRPCInferenceService/ServerMetadata': read(),
  'POST /inference.GRPCInferenceService/ModelReady': read(grpcModel),
  'POST /inference.GRPCInferenceService/ModelMetadata': read(grpcModel),
  'POST /inference.GRPCInferenceService/ModelInfer': { action: 'invoke', resource: grpcModel },
  'POST /inference.GRPCInferenceService/ModelStreamInfer': { action: 'invoke', resource: grpcModel },

  'POST /v1/models': deploy('models.create', newModel),
  'GET /v1/models': read(),
  'GET /v1/models/:name': read(model),
  'DELETE /v1/models/:name': deploy('models.delete', model),
  'POST /v1/models/:name/versions': deploy('models.versions.create', model),
  'GET /v1/models/:name/versions': read(model),
  'GET /v1/models/:name/versions/:version': read(model),
  'PATCH /v1/models/:name/versions/:version': deploy('models.versions.update', model),
  'DELETE /v1/models/:name/versions/:version': deploy('models.versions.delete', model),
  'PUT /v1/models/:name/aliases/:alias': deploy('models.aliases.set', model),
  'DELETE /v1/models/:name/aliases/:alias': deploy('models.aliases.delete', model),

  // Functions run code that may invoke endpoints, and public APIs open routes to anyone: changing
  // either takes the admin scope, as training jobs (code too) do. Publishing and aliases move what
  // exists, as deployments do.
  'POST /v1/functions': admin('functions.create'),
  'GET /v1/functions': read(),
  'GET /v1/functions/:name': read(),
  'PUT /v1/functions/:name': admin('functions.update'),
  'PUT /v1/functions/:name/code': admin('functions.code.update'),
  'DELETE /v1/functions/:name': admin('functions.delete'),
  'POST /v1/functions/:name/versions': deploy('functions.versions.publish'),
  'PUT /v1/functions/:name/aliases/:alias': deploy('functions.aliases.set'),
  'DELETE /v1/functions/:name/aliases/:alias': deploy('functions.aliases.delete'),
  'POST /v1/functions/:name/invocations': { action: 'invoke' },
  'GET /v1/functions/:name/logs': read(),

  'POST /v1/apis': admin('apis.create'),
  'GET /v1/apis': read(),
  'GET /v1/apis/:name': read(),
  'PUT /v1/apis/:name': admin('apis.update'),
  'DELETE /v1/apis/:name': admin('apis.delete'),
  'POST /v1/apis/:name/usage-plans': admin('apis.usage-plans.set'),
  'POST /v1/apis/:name/keys': admin('apis.keys.create'),
  'DELETE /v1/apis/:name/keys/:id': admin('apis.keys.delete'),
  'PUT /v1/apis/:name/site': admin('apis.site.set'),

  'POST /v1/endpoint-configs': deploy('endpoint-configs.create'),
  'GET /v1/endpoint-configs': read(),
  'GET /v1/endpoint-configs/:name': read(),
  'DELETE /v1/endpoint-configs/:name': deploy('endpoint-configs.delete'),

  'POST /v1/endpoints': deploy('endpoints.create', newEndpoint),
  'GET /v1/endpoints': read(),
  'GET /v1/endpoints/:name': read(endpoint),
  'PUT /v1/endpoints/:name': deploy('endpoints.update', endpoint),
  'POST /v1/endpoints/:name/rollback': deploy('endpoints.rollback', endpoint),
  'GET /v1/endpoints/:name/history': read(endpoint),
  'GET /v1/endpoints/:name/metrics': read(endpoint),
  'PATCH /v1/endpoints/:name/variants': deploy('endpoints.variants.update', endpoint),
  'DELETE /v1/endpoints/:name': deploy('endpoints.delete', endpoint),
  'GET /v1/endpoints/:name/quota': read(endpoint),
  'PUT /v1/endpoints/:name/quota': admin('endpoints.quota.set'),

  // Model monitoring. Labels come from the applications that invoke, so sending them takes the invoke scope.
  'POST /v1/endpoints/:name/ground-truth': { action: 'invoke', resource: endpoint },
  'GET /v1/endpoints/:name/quality': read(endpoint),
  'POST /v1/baseline-jobs': deploy('baseline-jobs.create'),
  'GET /v1/baseline-jobs': read(),
  'GET /v1/baseline-jobs/:name': read(),
  'POST /v1/monitoring-schedules': deploy('monitoring-schedules.create', endpointNamed('endpoint')),
  'GET /v1/monitoring-schedules': read(),
  'GET /v1/monitoring-schedules/:name': read(),
  'DELETE /v1/monitoring-schedules/:name': deploy('monitoring-schedules.delete'),
  'POST /v1/monitoring-schedules/:name/run': deploy('monitoring-schedules.run'),
  'GET /v1/monitoring-schedules/:name/executions': read(),
  'POST /v1/alert-rules': deploy('alert-rules.create'),
  'GET /v1/alert-rules': read(),
  'GET /v1/alert-rules/:name': read(),
  'DELETE /v1/alert-rules/:name': deploy('alert-rules.delete'),
  'GET /v1/alert-rules/:name/events': read(),

  'POST /v1/transform-jobs': deploy('transform-jobs.create'),
  'GET /v1/transform-jobs': read(),
  'GET /v1/transform-jobs/:name': read(),
  'POST /v1/transform-jobs/:name/stop': deploy('transform-jobs.stop'),
  // The code of a training job runs on the batch service's machine as its user: admin only.
  'POST /v1/training-jobs': admin('training-jobs.create'),
  'GET /v1/training-jobs': read(),
  'GET /v1/training-jobs/:name': read(),
  'POST /v1/training-jobs/:name/stop': deploy('training-jobs.stop'),
  'GET /v1/training-jobs/:name/logs': read(),
  'GET /v1/training-jobs/:name/metrics': read(),
  // A tuning job runs training jobs: admin only, as they are.
  'POST /v1/tuning-jobs': admin('tuning-jobs.create'),
  'GET /v1/tuning-jobs': read(),
  'GET /v1/tuning-jobs/:name': read(),
  'POST /v1/tuning-jobs/:name/stop': deploy('tuning-jobs.stop'),
  'POST /v1/tuning-jobs/:name/deploy': deploy('tuning-jobs.deploy'),

  // A notebook runs code on the batch service's machine as its user, as training jobs do: creating,
  // starting (lifecycle scripts run) and opening one take the admin scope. Stopping takes deploy.
  'POST /v1/notebook-instances': admin('notebook-instances.create'),
  'GET /v1/notebook-instances': read(),
  'GET /v1/notebook-instances/:name': read(),
  'PATCH /v1/notebook-instances/:name': admin('notebook-instances.update'),
  'POST /v1/notebook-instances/:name/start': admin('notebook-instances.start'),
  'POST /v1/notebook-instances/:name/stop': deploy('notebook-instances.stop'),
  'DELETE /v1/notebook-instances/:name': admin('notebook-instances.delete'),
  'POST /v1/notebook-instances/:name/presigned-url': admin('notebook-instances.presigned-url'),
  'POST /v1/notebook-instance-lifecycle-configs': admin('notebook-lifecycle-configs.create'),
  'GET /v1/notebook-instance-lifecycle-configs': read(),
  'GET /v1/notebook-instance-lifecycle-configs/:name': read(),
  'PUT /v1/notebook-instance-lifecycle-configs/:name': admin('notebook-lifecycle-configs.update'),
  'DELETE /v1/notebook-instance-lifecycle-configs/:name': admin('notebook-lifecycle-configs.delete'),

  'POST /v1/stream-jobs': deploy('stream-jobs.create'),
  'GET /v1/stream-jobs': read(),
  'GET /v1/stream-jobs/:name': read(),
  'POST /v1/stream-jobs/:name/pause': deploy('stream-jobs.pause'),
  'POST /v1/stream-jobs/:name/resume': deploy('stream-jobs.resume'),
  'DELETE /v1/stream-jobs/:name': deploy('stream-jobs.delete'),

  // An operation the table does not name is answered UnknownOperationException, to any valid key.
  [SAGEMAKER_API_ROUTE]: read(),
  ...sageMakerPolicies({
    CreateModel: sageMakerChange('CreateModel', 'model', 'ModelName', modelNamed('ModelName')),
    DescribeModel: read(modelNamed('ModelName')),
    ListModels: read(),
    DeleteModel: sageMakerChange('DeleteModel', 'model', 'ModelName', modelNamed('ModelName')),
    CreateModelPackageGroup: sageMakerChange(
      'CreateModelPackageGroup',
      'model',
      'ModelPackageGroupName',
      modelNamed('ModelPackageGroupName'),
    ),
    DescribeModelPackageGroup: read(modelNamed('ModelPackageGroupName')),
    DeleteModelPackageGroup: sageMakerChange(
      'DeleteModelPackageGroup',
      'model',
      'ModelPackageGroupName',
      modelNamed('ModelPackageGroupName'),
    ),
    CreateModelPackage: sageMakerChange('CreateModelPackage', 'model-package', 'ModelPackageGroupName'),
    DescribeModelPackage: read(),
    ListModelPackages: read(),
    UpdateModelPackage: sageMakerChange('UpdateModelPackage', 'model-package', 'ModelPackageArn'),
    CreateEndpointConfig: sageMakerChange('CreateEndpointConfig', 'endpoint-config', 'EndpointConfigName'),
    DescribeEndpointConfig: read(),
    ListEndpointConfigs: read(),
    DeleteEndpointConfig: sageMakerChange('DeleteEndpointConfig', 'endpoint-config', 'EndpointConfigName'),
    CreateEndpoint: sageMakerChange('CreateEndpoint', 'endpoint', 'EndpointName', endpointNamed('EndpointName')),
    DescribeEndpoint: read(endpointNamed('EndpointName')),
    ListEndpoints: read(),
    UpdateEndpoint: sageMakerChange('UpdateEndpoint', 'endpoint', 'EndpointName', endpointNamed('EndpointName')),
    UpdateEndpointWeightsAndCapacities: sageMakerChange(
      'UpdateEndpointWeightsAndCapacities',
      'endpoint',
      'EndpointName',
      endpointNamed('EndpointName'),
    ),
    DeleteEndpoint: sageMakerChange('DeleteEndpoint', 'endpoint', 'EndpointName', endpointNamed('EndpointName')),
    CreateTransformJob: sageMakerChange('CreateTransformJob', 'transform-job', 'TransformJobName'),
    DescribeTransformJob: read(),
    ListTransformJobs: read(),
    StopTransformJob: sageMakerChange('StopTransformJob', 'transform-job', 'TransformJobName'),
    // Training code runs on the batch service's machine as its user: creating jobs is admin only, as in REST.
    CreateTrainingJob: sageMakerAdmin('CreateTrainingJob', 'training-job', 'TrainingJobName'),
    DescribeTrainingJob: read(),
    ListTrainingJobs: read(),
    StopTrainingJob: sageMakerChange('StopTrainingJob', 'training-job', 'TrainingJobName'),
    CreateHyperParameterTuningJob: sageMakerAdmin('CreateHyperParameterTuningJob', 'tuning-job', 'HyperParameterTuningJobName'),
    DescribeHyperParameterTuningJob: read(),
    ListHyperParameterTuningJobs: read(),
    ListTrainingJobsForHyperParameterTuningJob: read(),
    StopHyperParameterTuningJob: sageMakerChange('StopHyperParameterTuningJob', 'tuning-job', 'HyperParameterTuningJobName'),
    ListTags: read(),
    AddTags: sageMakerChange('AddTags', 'tags', 'ResourceArn'),
    DeleteTags: sageMakerChange('DeleteTags', 'tags', 'ResourceArn'),
  }),

  'POST /v1/keys': admin('keys.create'),
  'GET /v1/keys': admin(),
  'GET /v1/keys/:id': admin(),
  'POST /v1/keys/:id/rotate': admin('keys.rotate'),
  'DELETE /v1/keys/:id': admin('keys.revoke'),
  'GET /v1/audit': admin(),
};

export const policyKey = (method: string, routePath: string) => `${method === 'HEAD' ? 'GET' : method} ${routePath}`;

export const policyOf = (method: string, routePath: string): RoutePolicy | undefined => ROUTE_POLICIES[policyKey(method, routePath)];

/** The policy of a request on a route: on the SageMaker API's one route, that of the operation it names. */
export function policyOfRequest(method: string, routePath: string, headers: Record<string, unknown>): RoutePolicy | undefined {
  const key = policyKey(method, routePath);
  const target = headers['x-amz-target'];
  if (key === SAGEMAKER_API_ROUTE && typeof target === 'string') return ROUTE_POLICIES[`${key}#${target}`] ?? ROUTE_POLICIES[key];
  return ROUTE_POLICIES[key];
}
