import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';

/**
 * Every error a user can cause, defined once. Each code carries its HTTP status and its gRPC status;
 * the HTTP filter and the gRPC helpers below are the only places that translate them.
 */
export const ERROR_CODES = {
  InvalidRequest: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  InvalidInput: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  InvalidModel: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  NotFound: { http: 404, grpc: GrpcStatus.NOT_FOUND },
  NotAcceptable: { http: 406, grpc: GrpcStatus.INVALID_ARGUMENT },
  Conflict: { http: 409, grpc: GrpcStatus.ALREADY_EXISTS },
  PayloadTooLarge: { http: 413, grpc: GrpcStatus.RESOURCE_EXHAUSTED },
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
}

export const invalidRequest = (message: string) => new AppError('InvalidRequest', message);
export const invalidInput = (message: string) => new AppError('InvalidInput', message);
export const notFound = (message: string) => new AppError('NotFound', message);
export const conflict = (message: string) => new AppError('Conflict', message);

/** The one error body of the REST API. */
export interface ErrorBody {
  error: { code: string; message: string; requestId?: string };
}

export function errorBody(error: AppError, requestId?: string): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(requestId ? { requestId } : {}) } };
}

const ERROR_CODE_METADATA = 'x-error-code';

/** Turns any thrown value into a gRPC error; unexpected ones keep their detail out of the reply. */
export function toGrpcError(error: unknown): Partial<ServiceError> {
  const metadata = new Metadata();
  if (error instanceof AppError) {
    metadata.set(ERROR_CODE_METADATA, error.code);
    return { code: ERROR_CODES[error.code].grpc, details: error.message, metadata };
  }
  metadata.set(ERROR_CODE_METADATA, 'Internal');
  return { code: GrpcStatus.INTERNAL, details: 'internal error', metadata };
}

function isServiceError(error: unknown): error is ServiceError {
  return typeof error === 'object' && error !== null && 'code' in error && 'details' in error;
}

/** Turns an error from a gRPC call back into the domain error the server raised. */
export function fromGrpcError(error: unknown): AppError {
  if (!isServiceError(error)) return new AppError('Internal', String(error));
  const code = error.metadata?.get(ERROR_CODE_METADATA)[0];
  if (typeof code === 'string' && code in ERROR_CODES) return new AppError(code as ErrorCode, error.details);
  switch (error.code) {
    case GrpcStatus.UNAVAILABLE:
    case GrpcStatus.DEADLINE_EXCEEDED:
      return new AppError('Unavailable', `upstream service unavailable: ${error.details}`);
    case GrpcStatus.RESOURCE_EXHAUSTED:
      return new AppError('PayloadTooLarge', error.details);
    case GrpcStatus.INVALID_ARGUMENT:
      return new AppError('InvalidRequest', error.details);
    case GrpcStatus.NOT_FOUND:
      return new AppError('NotFound', error.details);
    default:
      return new AppError('Internal', error.details);
  }
}

/** True when a gRPC failure means the peer could not be reached, so another instance may be tried. */
export function isConnectionFailure(error: unknown): boolean {
  return isServiceError(error) && error.code === GrpcStatus.UNAVAILABLE && !error.metadata?.get(ERROR_CODE_METADATA).length;
}
