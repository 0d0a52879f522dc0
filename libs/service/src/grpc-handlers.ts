import type * as grpc from '@grpc/grpc-js';
import { AppError, invalidRequest, type Logger } from '@modelserve/common';
import { toGrpcError } from './grpc-errors';
import { requestIdOf } from './grpc-metadata';

/**
 * Where a request holds a NUL character, if it does. PostgreSQL's text cannot hold one, and a name
 * with one never names anything: such a request is refused before any handler sees it.
 */
function nulCharacterIn(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'a field' : undefined;
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return path || 'a field name';
    const found = nulCharacterIn(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Refuses (400) a request message that holds a NUL character anywhere, naming the field. */
export function refuseNulCharacters(request: unknown): void {
  const field = nulCharacterIn(request, '');
  if (field) throw invalidRequest(`${field}: NUL characters are not allowed`);
}

/**
 * Adapts an async function to a grpc-js unary handler: domain errors become their gRPC status,
 * anything else is logged with its stack and answered as INTERNAL without detail. Requests with NUL
 * characters are refused first.
 */
export function unaryHandler<Req, Res>(
  logger: Logger,
  method: string,
  handle: (request: Req, call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res> | Res,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    let result: Promise<Res>;
    try {
      refuseNulCharacters(call.request);
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
