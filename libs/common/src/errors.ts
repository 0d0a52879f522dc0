/**
 * Every error a user can cause, defined once. Each code carries its HTTP status and its gRPC status;
 * the HTTP error filter and the gRPC helpers of @modelserve/service are the only places that translate them.
 */
/** gRPC status codes as the gRPC specification numbers them (doc/statuscodes.md), so this file needs no gRPC library. */
const GrpcStatus = {
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

export const ERROR_CODES = {
  InvalidRequest: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  InvalidInput: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  InvalidModel: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  Unauthenticated: { http: 401, grpc: GrpcStatus.UNAUTHENTICATED },
  Forbidden: { http: 403, grpc: GrpcStatus.PERMISSION_DENIED },
  NotFound: { http: 404, grpc: GrpcStatus.NOT_FOUND },
  NotAcceptable: { http: 406, grpc: GrpcStatus.INVALID_ARGUMENT },
  Conflict: { http: 409, grpc: GrpcStatus.ALREADY_EXISTS },
  PayloadTooLarge: { http: 413, grpc: GrpcStatus.RESOURCE_EXHAUSTED },
  /** The input fit the model's signature, but running the model on it failed (SageMaker's ModelError). */
  ModelError: { http: 424, grpc: GrpcStatus.INTERNAL },
  /** A function's code failed: it threw, ran past its time or memory, exited, or answered something that is not a response. */
  FunctionError: { http: 502, grpc: GrpcStatus.INTERNAL },
  UnsupportedMediaType: { http: 415, grpc: GrpcStatus.INVALID_ARGUMENT },
  FailedPrecondition: { http: 409, grpc: GrpcStatus.FAILED_PRECONDITION },
  TooManyRequests: { http: 429, grpc: GrpcStatus.RESOURCE_EXHAUSTED },
  DeadlineExceeded: { http: 504, grpc: GrpcStatus.DEADLINE_EXCEEDED },
  EndpointNotReady: { http: 503, grpc: GrpcStatus.UNAVAILABLE },
  Unavailable: { http: 503, grpc: GrpcStatus.UNAVAILABLE },
  Internal: { http: 500, grpc: GrpcStatus.INTERNAL },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  /** For TooManyRequests: when to try again, sent as Retry-After. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  /** The status under the name HTTP frameworks look for, so that even their own error handlers answer it. */
  get statusCode(): number {
    return this.httpStatus;
  }
}

export const invalidRequest = (message: string) => new AppError('InvalidRequest', message);
export const invalidInput = (message: string) => new AppError('InvalidInput', message);
export const notFound = (message: string) => new AppError('NotFound', message);
export const conflict = (message: string) => new AppError('Conflict', message);
export const unauthenticated = (message: string) => new AppError('Unauthenticated', message);
export const forbidden = (message: string) => new AppError('Forbidden', message);

/** The one error body of the REST API. */
export interface ErrorBody {
  error: { code: string; message: string; requestId?: string };
}

export function errorBody(error: AppError, requestId?: string): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(requestId ? { requestId } : {}) } };
}
