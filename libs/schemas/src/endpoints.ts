import { z } from 'zod';
import { duplicates, instanceCount, kafkaTopic, percent, resourceName, s3PrefixUri, webhookUrl } from './fields';
import { aliasName, versionNumber } from './models';

export const MAX_VARIANTS = 10;

/** Weights are relative; bounded so that their sum stays a finite number and every share stays meaningful. */
const weight = z.number().min(0).max(1_000_000);

/**
 * Adaptive batching of a variant. `enabled` is left to the registry when unset: on when the model's
 * upload check found it answers each row the same alone or batched.
 */
export const BatchingSettings = z.strictObject({
  enabled: z.boolean().optional(),
  maxBatchSize: z.number().int().min(1).max(4096).default(32),
  maxQueueDelayMicros: z.number().int().min(0).max(1_000_000).default(2000),
  maxQueueSize: z.number().int().min(1).max(100_000).default(1024),
});
export type BatchingSettings = z.output<typeof BatchingSettings>;

export const VariantSpec = z
  .strictObject({
    name: resourceName,
    model: resourceName,
    version: versionNumber.optional(),
    alias: aliasName.optional(),
    instanceCount: instanceCount.default(1),
    weight: weight.default(1),
    /** Makes the variant a shadow that gets a copy of this share of requests; its weight is then ignored. */
    shadowSamplingPercent: z.number().gt(0).max(100).optional(),
    batching: BatchingSettings.prefault({}),
  })
  .refine(
    (v) => (v.version === undefined) !== (v.alias === undefined),
    'name the version by number ("version") or by alias ("alias"), one of the two',
  );
export type VariantSpec = z.output<typeof VariantSpec>;

/** Capture of requests and responses; sampling 0 turns it off. An empty destination is the platform's bucket. */
export const DataCaptureSettings = z.strictObject({
  samplingPercent: percent,
  destination: z.union([s3PrefixUri, z.literal('')]).default(''),
});

/**
 * Asynchronous inference (SageMaker's AsyncInferenceConfig): requests name an input object, are queued
 * and answered into storage. Success and failure events go to Kafka topics and/or a webhook.
 */
export const AsyncInferenceSettings = z.strictObject({
  /** Answers are written to `<outputUri>/<inference id>.out`. */
  outputUri: s3PrefixUri,
  /** Failures are written to `<failureUri>/<inference id>-error.out`; the output prefix when unset. */
  failureUri: s3PrefixUri.optional(),
  notification: z
    .strictObject({
      successTopic: kafkaTopic.optional(),
      errorTopic: kafkaTopic.optional(),
      /** POSTed the same JSON event as the topics get, for successes and failures alike. */
      webhookUrl: webhookUrl.optional(),
    })
    .optional(),
  /** Requests of this endpoint run at once per instance of its production variants. */
  maxConcurrentInvocationsPerInstance: z.number().int().min(1).max(1000).default(4),
});
export type AsyncInferenceSettings = z.output<typeof AsyncInferenceSettings>;

export const EndpointConfigRequest = z.strictObject({
  name: resourceName,
  variants: z
    .array(VariantSpec)
    .min(1, 'an endpoint config needs at least one variant')
    .max(MAX_VARIANTS, `an endpoint config has at most ${MAX_VARIANTS} variants`)
    .superRefine((variants, context) => {
      for (const name of duplicates(variants.map((v) => v.name))) {
        context.addIssue({ code: 'custom', message: `variant name ${name} is used twice` });
      }
      if (variants.every((v) => v.shadowSamplingPercent !== undefined || v.weight === 0)) {
        context.addIssue({ code: 'custom', message: 'at least one production variant needs a weight above 0' });
      }
    }),
  dataCapture: DataCaptureSettings.optional(),
  asyncInference: AsyncInferenceSettings.optional(),
});
export type EndpointConfigRequest = z.output<typeof EndpointConfigRequest>;

export const CreateEndpointRequest = z.strictObject({ name: resourceName, config: resourceName });

export const DEPLOYMENT_STRATEGIES = ['AllAtOnce', 'Canary', 'Linear'] as const;
export type DeploymentStrategy = (typeof DEPLOYMENT_STRATEGIES)[number];

const waitSeconds = z.number().min(0).max(3600);
const stepPercent = z.number().gt(0).lt(100);

/** How an endpoint moves to a new config, and when it rolls back by itself. */
export const DeploymentRequest = z
  .strictObject({
    strategy: z.enum(DEPLOYMENT_STRATEGIES).default('AllAtOnce'),
    canary: z.strictObject({ percent: stepPercent, waitSeconds }).optional(),
    linear: z.strictObject({ stepPercent, waitSeconds }).optional(),
    /** For AllAtOnce: how long the new config is watched before the old one is unloaded. */
    waitSeconds: waitSeconds.optional(),
    /** Thresholds over the new variants' traffic; unset limits are not checked. */
    rollback: z
      .strictObject({
        maxErrorRatePercent: percent.optional(),
        maxP99Ms: z.number().gt(0).optional(),
        minRequests: z.number().int().min(1).default(20),
        /** Alert rules of the endpoint that roll the update back while they fire. */
        alarms: z.array(resourceName).max(10).default([]),
      })
      .prefault({}),
  })
  .refine((d) => d.strategy !== 'Canary' || d.canary, 'a Canary deployment needs "canary": {percent, waitSeconds}')
  .refine((d) => d.strategy !== 'Linear' || d.linear, 'a Linear deployment needs "linear": {stepPercent, waitSeconds}');
export type DeploymentRequest = z.output<typeof DeploymentRequest>;

export const UpdateEndpointRequest = z.strictObject({ config: resourceName, deployment: DeploymentRequest.prefault({}) });
export type UpdateEndpointRequest = z.output<typeof UpdateEndpointRequest>;

/** An empty body rolls back to the config before the current one. */
export const RollbackEndpointRequest = z.strictObject({ config: resourceName.optional() });

/** Weights and instance counts of a live endpoint's variants; unset fields keep their value. */
export const UpdateVariantsRequest = z.strictObject({
  variants: z
    .array(z.strictObject({ name: resourceName, weight: weight.optional(), instanceCount: instanceCount.optional() }))
    .min(1, 'name at least one variant to change')
    .max(MAX_VARIANTS)
    .superRefine((variants, context) => {
      for (const name of duplicates(variants.map((v) => v.name))) {
        context.addIssue({ code: 'custom', message: `variant ${name} is named twice` });
      }
    }),
});
export type UpdateVariantsRequest = z.output<typeof UpdateVariantsRequest>;
