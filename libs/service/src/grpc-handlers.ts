import type * as grpc from '@grpc/grpc-js';
import { AppError, type Logger } from '@modelserve/common';
import { toGrpcError } from './grpc-errors';
import { requestIdOf } from './grpc-metadata';

/**
 * Adapts an async function to a grpc-js unary handler: domain errors become their gRPC status,
 * anything else is logged with its stack and answered as INTERNAL without detail.
 */
export function unaryHandler<Req, Res>(
  logger: Logger,
  method: string,
  handle: (request: Req, call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res> | Res,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    let result: Promise<Res>;
    try {
      result = Promise.resolve(handle(call.request, call));
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (response) => callback(null, response),
      (error: unknown) => {
        logGrpcFailure(logger, method, call.metadata, error);
        callback(toGrpcError(error));
      },
    );
  };
}

export function logGrpcFailure(logger: Logger, method: string, metadata: grpc.Metadata, error: unknown, requestId = requestIdOf(metadata)) {
  if (error instanceof AppError) logger.info({ method, requestId, code: error.code }, error.message);
  else logger.error({ method, requestId, err: error }, 'unexpected error in gRPC handler');
}
