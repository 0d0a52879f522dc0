import type { AppError, ErrorCode } from '@modelserve/common';

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
  DeadlineExceeded: 'ModelError',
  TooManyRequests: 'ThrottlingException',
  EndpointNotReady: 'ModelNotReadyException',
  Unavailable: 'ServiceUnavailable',
  Internal: 'InternalFailure',
};

export const sageMakerErrorType = (error: AppError) => SAGEMAKER_RUNTIME_TYPES[error.code];

/** The fields SageMaker's error bodies add beside the platform's own `error`. */
export function sageMakerErrorFields(error: AppError): Record<string, unknown> {
  const type = sageMakerErrorType(error);
  return {
    __type: type,
    message: error.message,
    ...(type === 'ModelError' ? { OriginalStatusCode: error.httpStatus, OriginalMessage: error.message } : {}),
  };
}
