import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { AppError, ERROR_CODES, type ErrorCode } from '@modelserve/common';

/** The domain error code travels beside the gRPC status, so a client gets back exactly what the server raised. */
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
      // Socket-level detail (`read ECONNRESET`, addresses) is for the logs, not for callers.
      return new AppError('Unavailable', 'a platform service is unavailable or restarting; try again shortly');
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
