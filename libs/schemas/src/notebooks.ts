import { z } from 'zod';
import { environmentVariables, resourceName } from './fields';

/** SageMaker's limits: 5 GB to 16 TB of volume; a lifecycle script of at most 16,384 characters. */
export const MAX_LIFECYCLE_SCRIPT_CHARS = 16_384;
const MAX_ENVIRONMENT_BYTES = 16_384;

/** The settings of an instance, without defaults: an update names only those it changes. */
const notebookSettingFields = {
  volumeSizeGB: z.number().int().min(1).max(16_384),
  lifecycleConfig: resourceName,
  /** Minutes without kernel activity after which the instance stops itself. */
  idleShutdownMinutes: z.number().int().min(1).max(10_080),
  environment: environmentVariables(MAX_ENVIRONMENT_BYTES),
};

export const NotebookInstanceRequest = z.strictObject({
  name: resourceName,
  volumeSizeGB: notebookSettingFields.volumeSizeGB.default(5),
  lifecycleConfig: notebookSettingFields.lifecycleConfig.optional(),
  idleShutdownMinutes: notebookSettingFields.idleShutdownMinutes.optional(),
  environment: notebookSettingFields.environment.default({}),
});
export type NotebookInstanceRequest = z.output<typeof NotebookInstanceRequest>;

/**
 * A change to a stopped instance. `null` removes the lifecycle configuration or the idle shutdown, as
 * SageMaker's DisassociateLifecycleConfig does.
 */
export const NotebookInstanceUpdateRequest = z
  .strictObject({
    volumeSizeGB: notebookSettingFields.volumeSizeGB,
    lifecycleConfig: notebookSettingFields.lifecycleConfig.nullable(),
    idleShutdownMinutes: notebookSettingFields.idleShutdownMinutes.nullable(),
    environment: notebookSettingFields.environment,
  })
  .partial()
  .refine((update) => Object.keys(update).length > 0, 'name at least one setting to change');
export type NotebookInstanceUpdateRequest = z.output<typeof NotebookInstanceUpdateRequest>;

/** A shell script as SageMaker takes one: base64 of at most 16,384 characters. */
const lifecycleScript = z
  .base64('a lifecycle script is base64')
  .max(MAX_LIFECYCLE_SCRIPT_CHARS, `a lifecycle script is at most ${MAX_LIFECYCLE_SCRIPT_CHARS} characters of base64`);

export const LifecycleConfigRequest = z
  .strictObject({ name: resourceName, onCreate: lifecycleScript.optional(), onStart: lifecycleScript.optional() })
  .refine((config) => config.onCreate !== undefined || config.onStart !== undefined, 'give onCreate, onStart or both');
export type LifecycleConfigRequest = z.output<typeof LifecycleConfigRequest>;

export const LifecycleConfigUpdateRequest = z
  .strictObject({ onCreate: lifecycleScript, onStart: lifecycleScript })
  .partial()
  .refine((config) => config.onCreate !== undefined || config.onStart !== undefined, 'give onCreate, onStart or both');

/** SageMaker's SessionExpirationDurationInSeconds: 30 minutes to 12 hours, 12 hours unless asked. */
export const PresignedUrlRequest = z.strictObject({
  sessionExpirationDurationInSeconds: z.number().int().min(1800).max(43_200).default(43_200),
});
