import { AppError, errorBody, type ErrorCode, type Logger } from '@modelserve/common';
import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'InvalidRequest',
  404: 'NotFound',
  406: 'NotAcceptable',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  503: 'Unavailable',
};

/**
 * Any error as the REST API's one error body, {"error": {"code", "message", "requestId"}}.
 * Domain errors keep their status; Fastify's and Nest's own 4xx errors (bad JSON, body too large,
 * unknown route, unsupported Content-Type) are mapped by status; anything else is a logged 500
 * whose body says nothing of internals.
 */
export function toAppError(error: unknown, logger: Logger, requestId: string): AppError {
  if (error instanceof AppError) return error;
  const status = error instanceof HttpException ? error.getStatus() : ((error as { statusCode?: number } | null)?.statusCode ?? 500);
  if (status >= 400 && status < 500) {
    const message = error instanceof HttpException ? error.message : String((error as Error).message);
    return new AppError(CODE_BY_STATUS[status] ?? 'InvalidRequest', message);
  }
  logger.error({ err: error, requestId }, 'unexpected error');
  return new AppError('Internal', 'internal error');
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const appError = toAppError(error, this.logger, request.id);
    void reply.status(appError.httpStatus).header('content-type', 'application/json').send(errorBody(appError, request.id));
  }
}
