import { AppError } from '@modelserve/common';
import { deploymentOptions, endpointConfigMessage, type Endpoint__Output, type EndpointConfig__Output } from '@modelserve/contracts';
import { DeploymentRequest, EndpointConfigRequest, MAX_VARIANTS, parseRequest, resourceName } from '@modelserve/schemas';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { RegistryConnection, type Caller } from '../connections/service-connections';
import { SageMakerError } from '../invocations/sagemaker-errors';
import { SageMakerModels } from './sagemaker-models';
import {
  Arns,
  epochSeconds,
  listInput,
  orExisting,
  orMissing,
  page,
  parseInput,
  SageMakerFieldsStore,
  without,
  type Operation,
} from './sagemaker-support';

/** The most instances of one variant; past it SageMaker's answer is ResourceLimitExceeded. */
const MAX_INSTANCES = 64;

const variant = z.looseObject({
  VariantName: resourceName,
  ModelName: resourceName,
  InitialInstanceCount: z.number().int().min(1).optional(),
  InitialVariantWeight: z.number().min(0).optional(),
});

const CreateConfigInput = z.looseObject({
  EndpointConfigName: resourceName,
  ProductionVariants: z.array(variant).min(1, 'ProductionVariants needs at least one variant'),
  ShadowProductionVariants: z.array(variant).optional(),
  DataCaptureConfig: z
    .looseObject({
      EnableCapture: z.boolean().optional(),
      InitialSamplingPercentage: z.number().min(0).max(100),
      DestinationS3Uri: z.string().max(512),
    })
    .optional(),
  AsyncInferenceConfig: z
    .looseObject({
      OutputConfig: z.looseObject({
        S3OutputPath: z.string().max(512),
        S3FailurePath: z.string().max(512).optional(),
        NotificationConfig: z
          .looseObject({ SuccessTopic: z.string().max(2048).optional(), ErrorTopic: z.string().max(2048).optional() })
          .optional(),
      }),
      ClientConfig: z.looseObject({ MaxConcurrentInvocationsPerInstance: z.number().int().min(1).max(1000).optional() }).optional(),
    })
    .optional(),
});
const ConfigNameInput = z.looseObject({ EndpointConfigName: resourceName });

const CreateEndpointInput = z.looseObject({ EndpointName: resourceName, EndpointConfigName: resourceName });
const EndpointNameInput = z.looseObject({ EndpointName: resourceName });

const capacity = z.looseObject({ Type: z.enum(['INSTANCE_COUNT', 'CAPACITY_PERCENT']), Value: z.number().min(1) });
const UpdateEndpointInput = z.looseObject({
  EndpointName: resourceName,
  EndpointConfigName: resourceName,
  DeploymentConfig: z
    .looseObject({
      BlueGreenUpdatePolicy: z
        .looseObject({
          TrafficRoutingConfiguration: z.looseObject({
            Type: z.enum(['ALL_AT_ONCE', 'CANARY', 'LINEAR']),
            WaitIntervalInSeconds: z.number().int().min(0).max(3600).default(0),
            CanarySize: capacity.optional(),
            LinearStepSize: capacity.optional(),
          }),
          TerminationWaitInSeconds: z.number().int().min(0).max(3600).optional(),
        })
        .optional(),
      AutoRollbackConfiguration: z
        .looseObject({ Alarms: z.array(z.looseObject({ AlarmName: z.string().max(255) })).optional() })
        .optional(),
    })
    .optional(),
});
const UpdateWeightsInput = z.looseObject({
  EndpointName: resourceName,
  DesiredWeightsAndCapacities: z
    .array(
      z.looseObject({
        VariantName: resourceName,
        DesiredWeight: z.number().min(0).optional(),
        DesiredInstanceCount: z.number().int().min(1).optional(),
      }),
    )
    .min(1),
});

/** A Kafka topic from an SNS topic ARN (its last part) or a plain name; an http(s) URL is a webhook. */
function notificationTarget(target: string | undefined): { topic?: string; webhookUrl?: string } {
  if (!target) return {};
  if (/^https?:\/\//.test(target)) return { webhookUrl: target };
  return { topic: target.startsWith('arn:') ? target.slice(target.lastIndexOf(':') + 1) : target };
}

/**
 * Alarm names the platform can watch itself: `modelserve:max-error-rate-percent=<n>` and
 * `modelserve:max-p99-ms=<n>` set the rollback thresholds of an update; a name that can be an alert
 * rule's (POST /v1/alert-rules) names one, which rolls the update back while it fires, as a CloudWatch
 * alarm does on SageMaker; other names are kept only.
 */
function rollbackThresholds(alarms: { AlarmName: string }[] = []) {
  const thresholds: { maxErrorRatePercent?: number; maxP99Ms?: number; alarms: string[] } = { alarms: [] };
  for (const { AlarmName } of alarms) {
    const match = /^modelserve:(max-error-rate-percent|max-p99-ms)=(\d+(?:\.\d+)?)$/.exec(AlarmName);
    if (match?.[1] === 'max-error-rate-percent') thresholds.maxErrorRatePercent = Number(match[2]);
    else if (match?.[1] === 'max-p99-ms') thresholds.maxP99Ms = Number(match[2]);
    else if (resourceName.safeParse(AlarmName).success) thresholds.alarms.push(AlarmName);
  }
  return thresholds;
}

/** SageMaker's endpoint statuses, from the platform's; an update rolling back is RollingBack, as SageMaker says it. */
const endpointStatus = (e: Endpoint__Output) => (e.deployment?.phase === 'RollingBack' ? 'RollingBack' : e.status);

/**
 * SageMaker's endpoint configs and endpoints on the platform's. A variant's ModelName serves that
 * model's newest version when the config is made; shadow variants get a copy of the share of requests
 * their weight is of the production weights; an SNS topic in an async config's notifications is the
 * Kafka topic of its name (an http(s) URL is a webhook).
 */
@Injectable()
export class SageMakerEndpoints {
  constructor(
    private readonly registry: RegistryConnection,
    private readonly models: SageMakerModels,
    private readonly fields: SageMakerFieldsStore,
    private readonly arns: Arns,
  ) {}

  operations(): Record<string, Operation> {
    return {
      CreateEndpointConfig: (input, caller) => this.createConfig(input, caller),
      DescribeEndpointConfig: (input, caller) => this.describeConfig(input, caller),
      ListEndpointConfigs: (input, caller) => this.listConfigs(input, caller),
      DeleteEndpointConfig: async (input, caller) => {
        const { EndpointConfigName: name } = parseInput(ConfigNameInput, input);
        await this.missingConfig(this.registry.call('DeleteEndpointConfig', { name }, caller), name);
        return {};
      },
      CreateEndpoint: (input, caller) => this.createEndpoint(input, caller),
      DescribeEndpoint: (input, caller) => this.describeEndpoint(input, caller),
      ListEndpoints: (input, caller) => this.listEndpoints(input, caller),
      UpdateEndpoint: (input, caller) => this.updateEndpoint(input, caller),
      UpdateEndpointWeightsAndCapacities: (input, caller) => this.updateWeights(input, caller),
      DeleteEndpoint: async (input, caller) => {
        const { EndpointName: name } = parseInput(EndpointNameInput, input);
        await this.missingEndpoint(this.registry.call('DeleteEndpoint', { name }, caller), name);
        return {};
      },
    };
  }

  private async createConfig(input: unknown, caller: Caller) {
    const request = parseInput(CreateConfigInput, input);
    const shadows = request.ShadowProductionVariants ?? [];
    const all = [...request.ProductionVariants, ...shadows];
    if (all.length > MAX_VARIANTS) {
      throw new SageMakerError('InvalidRequest', 'ResourceLimitExceeded', `an endpoint config has at most ${MAX_VARIANTS} variants`);
    }
    const crowded = all.find((v) => (v.InitialInstanceCount ?? 1) > MAX_INSTANCES);
    if (crowded) {
      throw new SageMakerError(
        'InvalidRequest',
        'ResourceLimitExceeded',
        `variant ${crowded.VariantName}: at most ${MAX_INSTANCES} instances`,
      );
    }
    const productionWeight = request.ProductionVariants.reduce((sum, v) => sum + (v.InitialVariantWeight ?? 1), 0);
    const variants = [];
    for (const v of all) {
      const shadow = shadows.includes(v);
      variants.push({
        name: v.VariantName,
        model: v.ModelName,
        version: await this.models.latestVersion(v.ModelName, caller),
        instanceCount: v.InitialInstanceCount ?? 1,
        weight: shadow ? 0 : (v.InitialVariantWeight ?? 1),
        ...(shadow
          ? { shadowSamplingPercent: Math.min(100, (100 * (v.InitialVariantWeight ?? 1)) / Math.max(productionWeight, 1e-9)) }
          : {}),
      });
    }
    const capture = request.DataCaptureConfig;
    const output = request.AsyncInferenceConfig?.OutputConfig;
    const success = notificationTarget(output?.NotificationConfig?.SuccessTopic);
    const failure = notificationTarget(output?.NotificationConfig?.ErrorTopic);
    if (success.webhookUrl && failure.webhookUrl && success.webhookUrl !== failure.webhookUrl) {
      throw new AppError('InvalidRequest', 'SuccessTopic and ErrorTopic may name one webhook URL, not two');
    }
    const config = parseRequest(
      EndpointConfigRequest,
      {
        name: request.EndpointConfigName,
        variants,
        ...(capture && capture.EnableCapture !== false
          ? { dataCapture: { samplingPercent: capture.InitialSamplingPercentage, destination: capture.DestinationS3Uri } }
          : {}),
        ...(output
          ? {
              asyncInference: {
                outputUri: output.S3OutputPath,
                failureUri: output.S3FailurePath,
                notification: {
                  successTopic: success.topic,
                  errorTopic: failure.topic,
                  webhookUrl: success.webhookUrl ?? failure.webhookUrl,
                },
                maxConcurrentInvocationsPerInstance: request.AsyncInferenceConfig?.ClientConfig?.MaxConcurrentInvocationsPerInstance,
              },
            }
          : {}),
      },
      'input',
    );
    const created = await orExisting(
      this.registry.call('CreateEndpointConfig', endpointConfigMessage(config), caller),
      `Cannot create already existing endpoint configuration "${this.arns.of('endpoint-config', config.name)}".`,
    );
    await this.fields.save('endpoint-config', created.name, created.createdAt, without(input, 'EndpointConfigName'), caller);
    return { EndpointConfigArn: this.arns.of('endpoint-config', created.name) };
  }

  private async describeConfig(input: unknown, caller: Caller) {
    const { EndpointConfigName: name } = parseInput(ConfigNameInput, input);
    const config = await this.missingConfig(this.registry.call('GetEndpointConfig', { name }, caller), name);
    const kept = await this.fields.loadOne('endpoint-config', config.name, config.createdAt, caller);
    return { ...kept, ...this.configShape(config, kept) };
  }

  /** A config in SageMaker's shape; kept per-variant fields (InstanceType, ...) are answered back with each variant. */
  private configShape(config: EndpointConfig__Output, kept: Record<string, unknown>) {
    const keptVariants = new Map(
      [...((kept.ProductionVariants as object[]) ?? []), ...((kept.ShadowProductionVariants as object[]) ?? [])].map((v) => [
        (v as { VariantName: string }).VariantName,
        v,
      ]),
    );
    const shape = (v: EndpointConfig__Output['variants'][number]) => ({
      ...keptVariants.get(v.name),
      VariantName: v.name,
      ModelName: v.model,
      InitialInstanceCount: v.instanceCount,
      InitialVariantWeight:
        v.shadowSamplingPercent > 0
          ? ((keptVariants.get(v.name) as { InitialVariantWeight?: number })?.InitialVariantWeight ?? 1)
          : v.weight,
    });
    const shadows = config.variants.filter((v) => v.shadowSamplingPercent > 0);
    const asyncInference = config.asyncInference;
    const target = (topic: string) => topic || asyncInference?.webhookUrl || undefined;
    return {
      EndpointConfigName: config.name,
      EndpointConfigArn: this.arns.of('endpoint-config', config.name),
      ProductionVariants: config.variants.filter((v) => v.shadowSamplingPercent === 0).map(shape),
      ...(shadows.length ? { ShadowProductionVariants: shadows.map(shape) } : {}),
      ...(config.dataCapture
        ? {
            DataCaptureConfig: {
              ...(kept.DataCaptureConfig as object | undefined),
              EnableCapture: true,
              InitialSamplingPercentage: config.dataCapture.samplingPercent,
              DestinationS3Uri: config.dataCapture.destination,
            },
          }
        : {}),
      ...(asyncInference
        ? {
            AsyncInferenceConfig: {
              ...(kept.AsyncInferenceConfig as object | undefined),
              OutputConfig: {
                S3OutputPath: asyncInference.outputUri,
                S3FailurePath: asyncInference.failureUri,
                NotificationConfig: { SuccessTopic: target(asyncInference.successTopic), ErrorTopic: target(asyncInference.errorTopic) },
              },
              ClientConfig: { MaxConcurrentInvocationsPerInstance: asyncInference.maxConcurrentInvocationsPerInstance },
            },
          }
        : {}),
      CreationTime: epochSeconds(config.createdAt),
    };
  }

  private async listConfigs(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject(listInput), input);
    const { configs } = await this.registry.call('ListEndpointConfigs', {}, caller);
    const { items, NextToken } = page(
      configs.map((c) => ({ name: c.name, createdAt: epochSeconds(c.createdAt)! })),
      request,
    );
    return {
      EndpointConfigs: items.map((c) => ({
        EndpointConfigName: c.name,
        EndpointConfigArn: this.arns.of('endpoint-config', c.name),
        CreationTime: c.createdAt,
      })),
      ...(NextToken ? { NextToken } : {}),
    };
  }

  private async createEndpoint(input: unknown, caller: Caller) {
    const { EndpointName: name, EndpointConfigName: config } = parseInput(CreateEndpointInput, input);
    const endpoint = await orExisting(
      this.missingConfig(this.registry.call('CreateEndpoint', { name, config }, caller), config),
      `Cannot create already existing endpoint "${this.arns.of('endpoint', name)}".`,
    );
    await this.fields.save('endpoint', endpoint.name, endpoint.createdAt, without(input, 'EndpointName', 'EndpointConfigName'), caller);
    return { EndpointArn: this.arns.of('endpoint', name) };
  }

  private async describeEndpoint(input: unknown, caller: Caller) {
    const { EndpointName: name } = parseInput(EndpointNameInput, input);
    const endpoint = await this.missingEndpoint(this.registry.call('GetEndpoint', { name }, caller), name);
    const kept = await this.fields.loadOne('endpoint', endpoint.name, endpoint.createdAt, caller);
    const config = await this.registry.call('GetEndpointConfig', { name: endpoint.config }, caller).catch(() => undefined);
    const variant = (v: Endpoint__Output['variants'][number]) => ({
      VariantName: v.name,
      CurrentWeight: v.weight,
      DesiredWeight: v.weight,
      CurrentInstanceCount: v.readyInstanceCount,
      DesiredInstanceCount: v.desiredInstanceCount,
      DeployedImages: [{ SpecifiedImage: `${v.model}:${v.version}`, ResolvedImage: `sha256:${v.sha256}` }],
    });
    const production = endpoint.variants.filter((v) => v.shadowSamplingPercent === 0);
    const shadows = endpoint.variants.filter((v) => v.shadowSamplingPercent > 0);
    const configShape = config ? this.configShape(config, {}) : undefined;
    return {
      ...kept,
      EndpointName: endpoint.name,
      EndpointArn: this.arns.of('endpoint', endpoint.name),
      EndpointConfigName: endpoint.config,
      ProductionVariants: production.map(variant),
      ...(shadows.length ? { ShadowProductionVariants: shadows.map(variant) } : {}),
      ...(config?.dataCapture
        ? {
            DataCaptureConfig: {
              EnableCapture: true,
              CaptureStatus: 'Started',
              CurrentSamplingPercentage: config.dataCapture.samplingPercent,
              DestinationS3Uri: config.dataCapture.destination,
            },
          }
        : {}),
      ...(configShape?.AsyncInferenceConfig ? { AsyncInferenceConfig: configShape.AsyncInferenceConfig } : {}),
      EndpointStatus: endpointStatus(endpoint),
      ...(endpoint.failureReason ? { FailureReason: endpoint.failureReason } : {}),
      CreationTime: epochSeconds(endpoint.createdAt),
      LastModifiedTime: epochSeconds(endpoint.updatedAt),
      ...(endpoint.deployment
        ? {
            PendingDeploymentSummary: {
              EndpointConfigName: endpoint.deployment.toConfig,
              StartTime: epochSeconds(endpoint.deployment.startedAt),
            },
          }
        : {}),
    };
  }

  private async listEndpoints(input: unknown, caller: Caller) {
    const request = parseInput(z.looseObject(listInput), input);
    const { endpoints } = await this.registry.call('ListEndpoints', {}, caller);
    const { items, NextToken } = page(
      endpoints.map((e) => ({ name: e.name, createdAt: epochSeconds(e.createdAt)!, status: endpointStatus(e), endpoint: e })),
      request,
    );
    return {
      Endpoints: items.map(({ endpoint: e, status }) => ({
        EndpointName: e.name,
        EndpointArn: this.arns.of('endpoint', e.name),
        CreationTime: epochSeconds(e.createdAt),
        LastModifiedTime: epochSeconds(e.updatedAt),
        EndpointStatus: status,
      })),
      ...(NextToken ? { NextToken } : {}),
    };
  }

  /** Blue/green: ALL_AT_ONCE, CANARY and LINEAR traffic shifting, with the platform's own rollback thresholds. */
  private async updateEndpoint(input: unknown, caller: Caller) {
    const request = parseInput(UpdateEndpointInput, input);
    const name = request.EndpointName;
    const policy = request.DeploymentConfig?.BlueGreenUpdatePolicy;
    const routing = policy?.TrafficRoutingConfiguration;
    const stepPercent = async (size: z.output<typeof capacity> | undefined, field: string) => {
      if (!size) throw new AppError('InvalidRequest', `${field} is required for ${routing!.Type}`);
      if (size.Type === 'CAPACITY_PERCENT') return Math.min(size.Value, 99);
      // A share of the new config's instances, as SageMaker counts INSTANCE_COUNT.
      const config = await this.missingConfig(
        this.registry.call('GetEndpointConfig', { name: request.EndpointConfigName }, caller),
        request.EndpointConfigName,
      );
      const instances = config.variants.filter((v) => v.shadowSamplingPercent === 0).reduce((n, v) => n + v.instanceCount, 0);
      return Math.min(99, (100 * size.Value) / Math.max(instances, 1));
    };
    const deployment = parseRequest(
      DeploymentRequest,
      {
        strategy: routing?.Type === 'CANARY' ? 'Canary' : routing?.Type === 'LINEAR' ? 'Linear' : 'AllAtOnce',
        ...(routing?.Type === 'CANARY'
          ? { canary: { percent: await stepPercent(routing.CanarySize, 'CanarySize'), waitSeconds: routing.WaitIntervalInSeconds } }
          : {}),
        ...(routing?.Type === 'LINEAR'
          ? {
              linear: {
                stepPercent: await stepPercent(routing.LinearStepSize, 'LinearStepSize'),
                waitSeconds: routing.WaitIntervalInSeconds,
              },
            }
          : {}),
        ...(routing?.Type === 'ALL_AT_ONCE' || !routing ? { waitSeconds: policy?.TerminationWaitInSeconds } : {}),
        rollback: rollbackThresholds(request.DeploymentConfig?.AutoRollbackConfiguration?.Alarms),
      },
      'input',
    );
    await this.missingEndpoint(
      this.registry.call('UpdateEndpoint', { name, config: request.EndpointConfigName, deployment: deploymentOptions(deployment) }, caller),
      name,
    );
    return { EndpointArn: this.arns.of('endpoint', name) };
  }

  private async updateWeights(input: unknown, caller: Caller) {
    const request = parseInput(UpdateWeightsInput, input);
    const name = request.EndpointName;
    const variants = request.DesiredWeightsAndCapacities.map((v) => ({
      name: v.VariantName,
      weight: v.DesiredWeight,
      instanceCount: v.DesiredInstanceCount,
    }));
    await this.missingEndpoint(this.registry.call('UpdateEndpointVariants', { name, variants }, caller), name);
    return { EndpointArn: this.arns.of('endpoint', name) };
  }

  private missingConfig<T>(work: Promise<T>, name: string): Promise<T> {
    return orMissing(work, 'ValidationException', `Could not find endpoint configuration "${this.arns.of('endpoint-config', name)}".`);
  }

  private missingEndpoint<T>(work: Promise<T>, name: string): Promise<T> {
    return orMissing(work, 'ValidationException', `Could not find endpoint "${this.arns.of('endpoint', name)}".`);
  }
}
