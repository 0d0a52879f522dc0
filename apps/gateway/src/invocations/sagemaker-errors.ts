import { AppError, type ErrorCode } from '@modelserve/common';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * SageMaker runtime's error types, which the AWS SDKs turn into their exception classes: the type
 * travels in the `x-amzn-ErrorType` header and in the body's `__type`, with `message`. SageMaker answers
 * an unknown endpoint and every bad request with ValidationError, a failing model with ModelError
 * (carrying the model's own status and message), and an endpoint whose model is not loaded yet with
 * ModelNotReadyException.
 */
const SAGEMAKER_RUNTIME_TYPES: Record<ErrorCode, string> = {
  InvalidRequest: 'ValidationError',
  InvalidInput: 'ValidationError',
  InvalidModel: 'ValidationError',
  NotFound: 'ValidationError',
  NotAcceptable: 'ValidationError',
  Conflict: 'ValidationError',
  PayloadTooLarge: 'ValidationError',
  UnsupportedMediaType: 'ValidationError',
  FailedPrecondition: 'ValidationError',
  Unauthenticated: 'UnrecognizedClientException',
  Forbidden: 'AccessDeniedException',
  ModelError: 'ModelError',
  FunctionError: 'InternalFailure',
  DeadlineExceeded: 'ModelError',
  TooManyRequests: 'ThrottlingException',
  EndpointNotReady: 'ModelNotReadyException',
  Unavailable: 'ServiceUnavailable',
  Internal: 'InternalFailure',
};

/**
 * The SageMaker control plane's: a bad request, and (as SageMaker answers it, and as the SDK's
 * deletion waiters rely on) a missing endpoint, config or model, are all ValidationException; a name
 * in use is ResourceInUse.
 */
const SAGEMAKER_CONTROL_TYPES: Record<ErrorCode, string> = {
  ...SAGEMAKER_RUNTIME_TYPES,
  InvalidRequest: 'ValidationException',
  InvalidInput: 'ValidationException',
  InvalidModel: 'ValidationException',
  NotFound: 'ValidationException',
  NotAcceptable: 'ValidationException',
  Conflict: 'ResourceInUse',
  PayloadTooLarge: 'ValidationException',
  UnsupportedMediaType: 'ValidationException',
  FailedPrecondition: 'ValidationException',
  ModelError: 'ValidationException',
  DeadlineExceeded: 'ServiceUnavailable',
  EndpointNotReady: 'ValidationException',
};

/** Which AWS API a request speaks, and so which error shape it gets: none for the platform's own routes. */
export type AwsDialect = 'runtime' | 'control';

export function awsDialectOf(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): AwsDialect | undefined {
  if (url?.startsWith('/endpoints/')) return 'runtime';
  if (method === 'POST' && (url === '/' || url?.startsWith('/?')) && headers['x-amz-target'] !== undefined) return 'control';
  return undefined;
}

/** An error whose SageMaker type is not the one its code maps to (ResourceNotFound, ResourceLimitExceeded). */
export class SageMakerError extends AppError {
  constructor(
    code: ErrorCode,
    readonly sageMakerType: string,
    message: string,
  ) {
    super(code, message);
  }
}

export function sageMakerErrorType(error: AppError, dialect: AwsDialect = 'runtime'): string {
  if (error instanceof SageMakerError) return error.sageMakerType;
  return (dialect === 'control' ? SAGEMAKER_CONTROL_TYPES : SAGEMAKER_RUNTIME_TYPES)[error.code];
}

/** The fields SageMaker's error bodies add beside the platform's own `error`. */
export function sageMakerErrorFields(error: AppError, dialect: AwsDialect = 'runtime'): Record<string, unknown> {
  const type = sageMakerErrorType(error, dialect);
  return {
    __type: type,
    message: error.message,
    ...(type === 'ModelError' ? { OriginalStatusCode: error.httpStatus, OriginalMessage: error.message } : {}),
  };
}

/**
 * The status of an error answer: the control plane answers its client errors with 400 as SageMaker does
 * (the type tells them apart); authentication, size and throttling keep theirs.
 */
export function sageMakerStatus(error: AppError, dialect: AwsDialect): number {
  const status = error.httpStatus;
  if (dialect !== 'control' || status >= 500 || [401, 403, 413, 429].includes(status)) return status;
  return 400;
}
