import { invalidRequest, RESOURCE_NAME, RESOURCE_NAME_MAX, RESOURCE_NAME_RULE } from '@modelserve/common';
import { z } from 'zod';

export const name = z.string().max(RESOURCE_NAME_MAX, RESOURCE_NAME_RULE).regex(RESOURCE_NAME, RESOURCE_NAME_RULE);

/** One schema per REST body; unknown fields are refused so that a typo is an error, not a silent default. */
export const CreateModelBody = z.strictObject({
  name,
  description: z.string().max(1024).default(''),
});

export const RegisterVersionBody = z.strictObject({
  artifactUri: z.string().regex(/^s3:\/\/[^/]+\/.+$/, 'expected s3://bucket/key'),
});

export const CreateEndpointConfigBody = z.strictObject({
  name,
  variants: z
    .array(
      z
        .strictObject({
          name,
          model: name,
          version: z.number().int().positive().optional(),
          alias: name.optional(),
          instanceCount: z.number().int().min(1).max(64).default(1),
          weight: z.number().min(0).finite().default(1),
          /** Makes the variant a shadow that gets a copy of this share of requests. */
          shadowSamplingPercent: z.number().gt(0).max(100).optional(),
          /** Adaptive batching; the registry fills in defaults and checks the model allows it. */
          batching: z
            .strictObject({
              enabled: z.boolean().optional(),
              maxBatchSize: z.number().int().optional(),
              maxQueueDelayMicros: z.number().int().optional(),
              maxQueueSize: z.number().int().optional(),
            })
            .optional(),
        })
        .refine(
          (v) => (v.version === undefined) !== (v.alias === undefined),
          'name the version by number ("version") or by alias ("alias"), one of the two',
        ),
    )
    .min(1)
    .max(10),
  dataCapture: z
    .strictObject({
      samplingPercent: z.number().min(0).max(100),
      destination: z
        .string()
        .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, 'expected s3://bucket/prefix')
        .default(''),
    })
    .optional(),
});

export const APPROVAL_STATUSES = ['PendingManualApproval', 'Approved', 'Rejected'] as const;

export const UpdateVersionBody = z.strictObject({
  description: z.string().max(1024).optional(),
  tags: z
    .record(z.string().regex(/^[\w.:/=+@-]{1,128}$/, 'tag keys are 1-128 letters, digits or _.:/=+@-'), z.string().max(256))
    .optional(),
  approvalStatus: z.enum(APPROVAL_STATUSES).optional(),
  /** onnxruntime options workers load the version with; they apply from its next load. */
  runtime: z
    .strictObject({
      intraOpNumThreads: z.number().int().optional(),
      interOpNumThreads: z.number().int().optional(),
      executionMode: z.string().optional(),
    })
    .optional(),
});

export const SetAliasBody = z.strictObject({ version: z.number().int().positive() });

export const CreateEndpointBody = z.strictObject({ name, config: name });

export const UpdateEndpointBody = z.strictObject({
  config: name,
  deployment: z
    .strictObject({
      strategy: z.enum(['AllAtOnce', 'Canary', 'Linear']).default('AllAtOnce'),
      canary: z.strictObject({ percent: z.number().gt(0).lt(100), waitSeconds: z.number().min(0).max(3600) }).optional(),
      linear: z.strictObject({ stepPercent: z.number().gt(0).lt(100), waitSeconds: z.number().min(0).max(3600) }).optional(),
      /** For AllAtOnce: how long the new config is watched before the old one is unloaded. */
      waitSeconds: z.number().min(0).max(3600).optional(),
      rollback: z
        .strictObject({
          maxErrorRatePercent: z.number().min(0).max(100).optional(),
          maxP99Ms: z.number().gt(0).optional(),
          minRequests: z.number().int().min(1).default(20),
        })
        .optional(),
    })
    .refine((d) => d.strategy !== 'Canary' || d.canary, 'a Canary deployment needs "canary": {percent, waitSeconds}')
    .refine((d) => d.strategy !== 'Linear' || d.linear, 'a Linear deployment needs "linear": {stepPercent, waitSeconds}')
    .optional(),
});

export const RollbackEndpointBody = z.strictObject({ config: name.optional() });

export const UpdateVariantsBody = z.strictObject({
  variants: z
    .array(
      z.strictObject({
        name,
        weight: z.number().min(0).finite().optional(),
        instanceCount: z.number().int().min(1).max(64).optional(),
      }),
    )
    .min(1)
    .max(10),
});

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  if (body === undefined || body === null) throw invalidRequest('the request needs a JSON body');
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`);
  throw invalidRequest(problems.join('; '));
}

/** A version number from a path. */
export function parseVersion(text: string): number {
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) throw invalidRequest(`version ${JSON.stringify(text)} is not a positive integer`);
  return version;
}
