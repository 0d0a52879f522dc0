import { type Logger } from '@modelserve/common';
import { HealthModule, MetricsModule, type MetricsSource } from '@modelserve/service';
import { Invoker } from '@modelserve/invocation';
import { RoutingTable, WorkerPool } from '@modelserve/routing';
import { Module, type DynamicModule } from '@nestjs/common';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, type GatewayConfig } from './config';
import { DataCaptureWriter } from './capture/data-capture';
import { GatewayMetrics } from './observability/metrics';
import { InvocationsService } from './invocations/invocations.service';
import { OpenInferenceController } from './invocations/open-inference.controller';
import { AsyncInvocationsController } from './invocations/async-invocations.controller';
import { SageMakerApiController } from './sagemaker/sagemaker-api.controller';
import { SageMakerEndpoints } from './sagemaker/sagemaker-endpoints';
import { SageMakerModels } from './sagemaker/sagemaker-models';
import { Arns, SageMakerFieldsStore } from './sagemaker/sagemaker-support';
import { SageMakerTags } from './sagemaker/sagemaker-tags';
import { SageMakerTrainingJobs } from './sagemaker/sagemaker-training-jobs';
import { SageMakerTransformJobs } from './sagemaker/sagemaker-transform-jobs';
import { OpenInferenceGrpc } from './invocations/open-inference.grpc';
import { ShadowTraffic } from './invocations/shadow-traffic';
import { EndpointConfigsController, EndpointsController } from './management/endpoints.controller';
import { ModelsController } from './management/models.controller';
import {
  AccessConnection,
  BatchConnection,
  FunctionsConnection,
  NotebooksConnection,
  RegistryConnection,
} from './connections/service-connections';
import { PublicApis } from './apis/public-apis';
import { FunctionRuntime } from './functions/function-runtime';
import { ApisController } from './management/apis.controller';
import { FunctionsController } from './management/functions.controller';
import { LifecycleConfigsController, NotebookInstancesController } from './management/notebooks.controller';
import { NotebookProxy } from './notebooks/notebook-proxy';
import { AccessControl } from './auth/access-control';
import { Authenticator } from './auth/authenticator';
import { QuotaGate } from './auth/quota-gate';
import { AuditController, EndpointQuotaController, KeysController } from './management/access.controller';
import { StreamJobsController, TransformJobsController } from './management/jobs.controller';
import { TrainingJobsController } from './management/training.controller';
import { TuningJobsController } from './management/tuning.controller';
import {
  AlertRulesController,
  BaselineJobsController,
  MonitoringSchedulesController,
  QualityController,
} from './management/monitoring.controller';
import { TrafficReporter } from './connections/traffic-reporter';

@Module({})
export class GatewayModule {
  /** `metricsSource` replaces the process's own registry on /metrics (the sum over gateway processes). */
  static register(config: GatewayConfig, logger: Logger, metricsSource?: (own: GatewayMetrics) => MetricsSource): DynamicModule {
    const providers = [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: GATEWAY_LOGGER, useValue: logger },
      RegistryConnection,
      AccessConnection,
      FunctionsConnection,
      BatchConnection,
      NotebooksConnection,
      {
        provide: RoutingTable,
        useFactory: (registry: RegistryConnection) => new RoutingTable(registry.client, logger),
        inject: [RegistryConnection],
      },
      {
        provide: WorkerPool,
        useFactory: (routing: RoutingTable) =>
          new WorkerPool({ maxMessageBytes: config.GRPC_MAX_MESSAGE_BYTES, timeoutMs: config.INVOCATION_TIMEOUT_MS }, routing),
        inject: [RoutingTable],
      },
      GatewayMetrics,
      {
        provide: Invoker,
        useFactory: (routing: RoutingTable, workers: WorkerPool, metrics: GatewayMetrics) =>
          new Invoker(routing, workers, { deadlineMs: config.INVOCATION_TIMEOUT_MS, runsPerInstance: config.RUNS_PER_INSTANCE }, metrics),
        inject: [RoutingTable, WorkerPool, GatewayMetrics],
      },
      DataCaptureWriter,
      ShadowTraffic,
      TrafficReporter,
      InvocationsService,
      Authenticator,
      QuotaGate,
      AccessControl,
      FunctionRuntime,
      PublicApis,
      NotebookProxy,
      OpenInferenceGrpc,
      Arns,
      SageMakerFieldsStore,
      SageMakerModels,
      SageMakerEndpoints,
      SageMakerTransformJobs,
      SageMakerTrainingJobs,
      SageMakerTags,
    ];
    return {
      module: GatewayModule,
      global: true,
      imports: [
        HealthModule.register({
          useFactory: (routing: RoutingTable) => () => ({ ready: routing.hasTable, detail: { routingTable: routing.hasTable } }),
          inject: [RoutingTable],
        }),
        MetricsModule.register({
          useFactory: (metrics: GatewayMetrics) => metricsSource?.(metrics) ?? metrics.registry,
          inject: [GatewayMetrics],
        }),
      ],
      controllers: [
        ModelsController,
        EndpointConfigsController,
        EndpointsController,
        EndpointQuotaController,
        TransformJobsController,
        TrainingJobsController,
        TuningJobsController,
        FunctionsController,
        ApisController,
        NotebookInstancesController,
        LifecycleConfigsController,
        StreamJobsController,
        QualityController,
        BaselineJobsController,
        MonitoringSchedulesController,
        AlertRulesController,
        KeysController,
        AuditController,
        OpenInferenceController,
        AsyncInvocationsController,
        SageMakerApiController,
      ],
      providers,
      exports: providers,
    };
  }
}
