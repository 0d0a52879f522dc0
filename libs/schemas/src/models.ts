import { z } from 'zod';
import { resourceName, s3ObjectUri } from './fields';

export const APPROVAL_STATUSES = ['PendingManualApproval', 'Approved', 'Rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const EXECUTION_MODES = ['sequential', 'parallel'] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

const description = z.string().max(1024, 'a description is at most 1024 characters');

/** An alias is a resource name that cannot be mistaken for a version number. */
export const aliasName = resourceName.refine((alias) => !/^\d+$/.test(alias), 'an alias cannot be a number: numbers name versions');

/** Versions travel as int32: a larger number must be refused, not wrapped onto another version. */
export const MAX_VERSION = 2 ** 31 - 1;
export const versionNumber = z.number().int().positive().max(MAX_VERSION, `a version is at most ${MAX_VERSION}`);

export const CreateModelRequest = z.strictObject({
  name: resourceName,
  description: description.default(''),
});
export type CreateModelRequest = z.output<typeof CreateModelRequest>;

/** A new version from an object already in storage. */

const MAX_TAGS = 50;
export const tags = z
  .record(z.string().regex(/^[\w.:/=+@-]{1,128}$/, 'tag keys are 1-128 letters, digits or _.:/=+@-'), z.string().max(256))
  .refine((t) => Object.keys(t).length <= MAX_TAGS, `at most ${MAX_TAGS} tags`);

export const RegisterVersionRequest = z.strictObject({
  artifactUri: s3ObjectUri,
  description: z.string().max(1024).optional(),
  tags: tags.optional(),
});
export type RegisterVersionRequest = z.output<typeof RegisterVersionRequest>;

const threads = z.number().int().min(1).max(256);

/** onnxruntime options workers load a version with; unset fields keep the worker's defaults. */
export const RuntimeOptions = z.strictObject({
  intraOpNumThreads: threads.optional(),
  interOpNumThreads: threads.optional(),
  executionMode: z.enum(EXECUTION_MODES).optional(),
});
export type RuntimeOptions = z.output<typeof RuntimeOptions>;

export const PROBLEM_TYPES = ['BinaryClassification', 'MulticlassClassification', 'Regression'] as const;

const outputName = z.string().min(1).max(128);

/** What a model version predicts, for quality reports; unset fields are inferred from its outputs. */
export const QualitySpecRequest = z.strictObject({
  problemType: z.enum(PROBLEM_TYPES).optional(),
  labelOutput: outputName.optional(),
  scoreOutput: outputName.optional(),
  positiveLabel: z.string().min(1).max(256).optional(),
});
export type QualitySpecRequest = z.output<typeof QualitySpecRequest>;

/** What may change on a version: its description, tags, approval, runtime options and quality spec; never its artifact. */
export const UpdateVersionRequest = z
  .strictObject({
    description: description.optional(),
    /** Replaces every tag. */
    tags: tags.optional(),
    approvalStatus: z.enum(APPROVAL_STATUSES).optional(),
    /** Applies from the version's next load. */
    runtime: RuntimeOptions.optional(),
    /** What the version predicts, for quality reports (replaces the whole spec). */
    quality: QualitySpecRequest.optional(),
  })
  .refine(
    (r) => Object.values(r).some((field) => field !== undefined),
    'give at least one of description, tags, approvalStatus, runtime, quality',
  );
export type UpdateVersionRequest = z.output<typeof UpdateVersionRequest>;

export const SetAliasRequest = z.strictObject({ version: versionNumber });
