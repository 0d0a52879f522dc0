import { z } from 'zod';
import { resourceName, s3ObjectUri } from './fields';

/** A path segment or a few of them under a prefix: no "." or ".." segments, no empty ones. */
const SAFE_PATH = /^(?!.*(?:^|\/)\.{0,2}(?:\/|$))[\w.=+@-]+(\/[\w.=+@-]+)*$/;

/** An asynchronous invocation as InvokeEndpointAsync sends it; limits as SageMaker's. */
export const AsyncInvocationRequest = z.strictObject({
  endpoint: resourceName,
  inputLocation: s3ObjectUri,
  contentType: z.string().max(1024).default('application/json'),
  accept: z.string().max(1024).default('application/json'),
  customAttributes: z.string().max(1024).default(''),
  inferenceId: z
    .string()
    .regex(/^[\x20-\x7e]{1,64}$/, 'an inference id is 1-64 printable ASCII characters')
    .optional(),
  requestTtlSeconds: z.number().int().min(60).max(21_600).default(21_600),
  invocationTimeoutSeconds: z.number().int().min(1).max(3600).default(900),
  outputPathExtension: z.string().max(512).regex(SAFE_PATH, 'a relative path without "." or ".." segments').optional(),
  filename: z
    .string()
    .max(255)
    .regex(SAFE_PATH, 'a file name without "/"')
    .refine((f) => !f.includes('/'), 'a file name without "/"')
    .optional(),
});
export type AsyncInvocationRequest = z.output<typeof AsyncInvocationRequest>;
